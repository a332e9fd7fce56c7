import { randomString } from '../random'
import { hmacSha256, toHex, utf8 } from './sha256'

/**
 * Who may fetch a photo: whoever was handed its URL by a view they were allowed to see (the
 * uploader, in the POST /uploads answer; people who may see the ticket, in its views; anyone,
 * in the Open311 feed of public tickets). Each URL is signed with HMAC-SHA-256 and expires a
 * day of mock time after it was handed out, so a copied link stops working and an id alone
 * (`/mock-uploads/up-…`) opens nothing. The key lives in memory: after a restart new views
 * hand out new URLs, as they would from a real backend rotating its key.
 */
export const PHOTO_URL_TTL_MS = 24 * 60 * 60 * 1000

const KEY = utf8(randomString(32))

/**
 * 128 bits of the HMAC, one letter a–p per nibble: no digits, so a signature can never look like
 * a phone number to anything scanning a response for one.
 */
function signature(id: string, expiresSec: number): string {
  return toHex(hmacSha256(KEY, utf8(`${id}\n${expiresSec}`)))
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)))
}

/** `?exp=<unix seconds>&sig=<hex>` for a photo id, valid for PHOTO_URL_TTL_MS from `now`. */
export function photoQuery(id: string, now: number): string {
  const expiresSec = Math.floor((now + PHOTO_URL_TTL_MS) / 1000)
  return `exp=${expiresSec}&sig=${signature(id, expiresSec)}`
}

export type PhotoAccess = 'ok' | 'expired' | 'forbidden'

/** Checks the `exp` and `sig` of a photo URL against the mock clock. */
export function checkPhotoQuery(id: string, query: Record<string, string>, now: number): PhotoAccess {
  const expiresSec = Number(query.exp)
  if (!/^\d{1,12}$/.test(query.exp ?? '') || typeof query.sig !== 'string') return 'forbidden'
  const expected = signature(id, expiresSec)
  // same length and every character compared, so timing says nothing about the right signature
  let diff = query.sig.length ^ expected.length
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (query.sig.charCodeAt(i) || 0)
  if (diff !== 0) return 'forbidden'
  return expiresSec * 1000 < now ? 'expired' : 'ok'
}
