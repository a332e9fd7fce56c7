/**
 * Drawn icons for the problem types on 首页 as small SVG data URIs (no icon font or image
 * request): one drawing for each common problem type, in its group's colour (roads blue, water
 * teal, gas orange, the street green, fire lanes red), and the group's drawing for the others.
 */
const svg = (body: string, colour: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="${colour}"/>${body}</svg>`,
  )}`

const WHITE = 'fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'
const line = (d: string) => `<path ${WHITE} d="${d}"/>`

const GROUP_COLOUR: Record<string, string> = {
  'cg-road': '#1f6feb',
  'cg-water': '#0e7490',
  'cg-gas': '#c2570c',
  'cg-city': '#12803b',
  'cg-fire': '#d92d20',
}

const LAMP = `${line('M20 38V14a4 4 0 0 1 4-4h8M32 10v6M16 38h10')}<path fill="#fff" d="M28 16h8l-2 4h-4z"/>`
const DROP = line('M24 10c6 8 10 13 10 18a10 10 0 0 1-20 0c0-5 4-10 10-18z')
const FLAME = line('M24 38c-6 0-10-4-10-9 0-6 6-9 6-15 4 3 6 6 6 9 2-1 3-3 3-5 3 3 5 7 5 11 0 5-4 9-10 9z')
const BIN = line('M15 16h18M20 16v-3h8v3M17 16l2 21h10l2-21M22 21v11M26 21v11')
const HYDRANT = line('M20 38V20a4 4 0 0 1 8 0v18zM24 16v-4h6M20 24h8')

/** Drawings by problem type (the id's last part) and, for any other type, by group. */
const DRAWINGS: Record<string, string> = {
  'cat-road-lamp': LAMP,
  'cat-road-pole': line('M17 38l12-28M14 17l16 6M16 38h10'),
  'cat-road-manhole': `<circle ${WHITE} cx="24" cy="24" r="11"/>${line('M16 20h16M16 28h16')}`,
  'cat-road-pothole': `${line('M10 34h28M14 14l-2 12M34 14l2 12')}<ellipse ${WHITE} cx="24" cy="26" rx="7" ry="3"/>`,
  'cat-water-leak': DROP,
  'cat-water-outage': `${DROP}${line('M13 13l22 22')}`,
  'cat-gas-leak': FLAME,
  'cat-gas-pipe': line('M10 18h16a6 6 0 0 1 6 6v14M10 26h12a2 2 0 0 1 2 2v10M28 32h8'),
  'cat-city-garbage': BIN,
  'cat-city-ads': `<rect ${WHITE} x="15" y="11" width="18" height="26" rx="2"/>${line('M19 18h10M19 23h10M19 28h6')}`,
  'cat-city-stall': line('M11 21l4-9h18l4 9zM14 21v16h20V21M21 37v-8h6v8'),
  'cg-road': LAMP,
  'cg-water': DROP,
  'cg-gas': FLAME,
  'cg-city': BIN,
  'cg-fire': HYDRANT,
}

const MORE = svg(
  `<circle cx="15" cy="24" r="3" fill="#fff"/><circle cx="24" cy="24" r="3" fill="#fff"/><circle cx="33" cy="24" r="3" fill="#fff"/>`,
  '#6b7280',
)

/** The icon of a leaf category: its own drawing, else its group's (cat-road-lamp → cg-road). */
export function categoryIcon(categoryId: string): string {
  const group = `cg-${categoryId.split('-')[1] ?? ''}`
  const drawing = DRAWINGS[categoryId] ?? DRAWINGS[group]
  return drawing ? svg(drawing, GROUP_COLOUR[group]) : MORE
}

export const MORE_ICON = MORE

/** The big round 随手拍 button's camera. */
export const CAMERA_ICON = `data:image/svg+xml;utf8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path ${WHITE} d="M8 16h8l3-5h10l3 5h8v21H8z"/><circle ${WHITE} cx="24" cy="26" r="7"/></svg>`,
)}`
