import { utf8 } from '../uploads/sha256'
import type { StoredReward } from './model'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Written by hand: WeChat's runtime has neither btoa nor TextEncoder. */
export function base64(text: string): string {
  const bytes = utf8(text)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    out += B64[a >> 2] + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]
    out += c === undefined ? '=' : B64[c & 63]
  }
  return out
}

/**
 * A reward's picture: a tinted tile with one large character (面, 剪, 车), as a base64 SVG data
 * URI, which both H5 <img> and the weapp <image> accept. Drawn on demand, never stored.
 */
export function rewardImageUrl(reward: Pick<StoredReward, 'art'>): string {
  const { glyph, color } = reward.art
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">` +
    `<rect width="160" height="160" rx="24" fill="${color}"/>` +
    `<circle cx="80" cy="80" r="54" fill="#fff" fill-opacity="0.22"/>` +
    `<text x="80" y="104" font-size="72" text-anchor="middle" fill="#fff" ` +
    `font-family="PingFang SC, Noto Sans CJK SC, sans-serif">${glyph}</text></svg>`
  return `data:image/svg+xml;base64,${base64(svg)}`
}
