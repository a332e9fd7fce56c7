const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * Unpredictable enough for a mock's tokens and request ids. WeChat's runtime has no
 * crypto.getRandomValues, and a mock token guards nothing real.
 */
export function randomString(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return out
}

/** A repeatable sequence in [0, 1) (mulberry32), so seeded data is the same on every reset. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
