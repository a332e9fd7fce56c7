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
