import type { Photo } from '../../src/contract'
import { CATEGORY_TREE } from '../seed-reference'
import { photoQuery } from '../uploads/access'
import type { StoredPhoto } from './model'

/**
 * Where a stored photo is shown. Uploads are served by the bindings at /mock-uploads/<id> with a
 * signed, expiring query (uploads/access.ts); seeded photos are tiny SVG cards (a colour per
 * category group, the category's name), built when shown so nothing but their id is stored:
 * inline data URIs in the app, and served at the same signed /mock-uploads/ URLs for outside
 * tools (Open311's media_url), which need a real image URL.
 */
export const UPLOAD_URL_PREFIX = '/mock-uploads/'

const SEED_PREFIX = 'sp-'
const SEED_SIZE = { width: 400, height: 300 }
const GROUP_COLOURS: Record<string, string> = {
  'cg-road': '#5b6b7f',
  'cg-water': '#2f7ebc',
  'cg-gas': '#d9822b',
  'cg-city': '#6a8f3a',
  'cg-fire': '#c0392b',
}
const RESOLVED_COLOUR = '#2e8b57'

function categoryOf(id: string): { name: string; colour: string } | undefined {
  for (const group of CATEGORY_TREE) {
    const leaf = group.children.find((c) => c.id === id)
    if (leaf) return { name: leaf.name, colour: GROUP_COLOURS[group.id] ?? '#777777' }
  }
  return undefined
}

/** A seeded photo of a category: `n` tells several apart; `resolved` is the after-picture. */
export function seedPhoto(categoryId: string, n: number, resolved = false): StoredPhoto {
  return { id: `${SEED_PREFIX}${categoryId}-${resolved ? 'done' : 'p'}${n}`, ...SEED_SIZE }
}

export function isSeedPhoto(id: string): boolean {
  return id.startsWith(SEED_PREFIX)
}

/** The SVG of a seeded photo (served by the bindings), or undefined for any other id. */
export function seedSvg(id: string): string | undefined {
  if (!isSeedPhoto(id)) return undefined
  const match = /^sp-(.+)-(done|p)(\d+)$/.exec(id)
  const category = match ? categoryOf(match[1]) : undefined
  const resolved = match?.[2] === 'done'
  const label = category ? (resolved ? `已处理 · ${category.name}` : category.name) : '现场照片'
  const fill = resolved ? RESOLVED_COLOUR : (category?.colour ?? '#777777')
  const shade = Number(match?.[3] ?? 1) % 2 === 0 ? 0.18 : 0
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' width='400' height='300'>` +
    `<rect width='400' height='300' fill='${fill}'/>` +
    `<rect width='400' height='300' fill='black' opacity='${shade}'/>` +
    `<text x='200' y='165' font-size='34' fill='white' text-anchor='middle'>${label}</text></svg>`
  return svg
}

function seedDataUri(id: string): string {
  // only what a data URI cannot carry is escaped, so a card stays a few hundred bytes
  const svg = seedSvg(id) as string
  return `data:image/svg+xml;charset=utf-8,${svg.replace(/[^\x20-\x7e]+|[<>#%"]/g, encodeURIComponent)}`
}

/** The served URL of any photo (uploaded or seeded), signed until a day of mock time after `now`. */
export function servedPhotoUrl(id: string, now: number): string {
  return `${UPLOAD_URL_PREFIX}${encodeURIComponent(id)}?${photoQuery(id, now)}`
}

/** What the app shows: seeded cards inline (the weapp build serves nothing), uploads signed. */
export function photoUrl(id: string, now: number): string {
  return isSeedPhoto(id) ? seedDataUri(id) : servedPhotoUrl(id, now)
}

export function toPhoto(p: StoredPhoto, now: number): Photo {
  return { id: p.id, url: photoUrl(p.id, now), width: p.width, height: p.height }
}
