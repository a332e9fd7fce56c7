/**
 * Drawn icons for the problem types on 首页, one per category group, as small SVG data URIs
 * (no icon font or image request): a lamp post, a water drop, a flame, a bin, a fire extinguisher.
 */
const svg = (body: string, colour: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="${colour}"/>${body}</svg>`,
  )}`

const WHITE = 'fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'

const ICONS: Record<string, string> = {
  'cg-road': svg(
    `<path ${WHITE} d="M20 38V14a4 4 0 0 1 4-4h8M32 10v6M16 38h10"/><path fill="#fff" d="M28 16h8l-2 4h-4z"/>`,
    '#1f6feb',
  ),
  'cg-water': svg(`<path ${WHITE} d="M24 10c6 8 10 13 10 18a10 10 0 0 1-20 0c0-5 4-10 10-18z"/>`, '#0e7490'),
  'cg-gas': svg(
    `<path ${WHITE} d="M24 38c-6 0-10-4-10-9 0-6 6-9 6-15 4 3 6 6 6 9 2-1 3-3 3-5 3 3 5 7 5 11 0 5-4 9-10 9z"/>`,
    '#c2570c',
  ),
  'cg-city': svg(
    `<path ${WHITE} d="M15 16h18M20 16v-3h8v3M17 16l2 21h10l2-21M22 21v11M26 21v11"/>`,
    '#12803b',
  ),
  'cg-fire': svg(`<path ${WHITE} d="M20 38V20a4 4 0 0 1 8 0v18zM24 16v-4h6M20 24h8"/>`, '#d92d20'),
}

const MORE = svg(
  `<circle cx="15" cy="24" r="3" fill="#fff"/><circle cx="24" cy="24" r="3" fill="#fff"/><circle cx="33" cy="24" r="3" fill="#fff"/>`,
  '#6b7280',
)

/** The icon of a leaf category's group; the group is the id's second part (cat-road-lamp → cg-road). */
export function categoryIcon(categoryId: string): string {
  const group = `cg-${categoryId.split('-')[1] ?? ''}`
  return ICONS[group] ?? MORE
}

export const MORE_ICON = MORE

/** The big round 随手拍 button's camera. */
export const CAMERA_ICON = `data:image/svg+xml;utf8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path ${WHITE} d="M8 16h8l3-5h10l3 5h8v21H8z"/><circle ${WHITE} cx="24" cy="26" r="7"/></svg>`,
)}`
