import type { Clock } from './clock'
import { randomString } from './random'
import type { Store } from './store'
import type { StoredUser } from './state'

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000

export function issueToken(store: Store, clock: Clock, userId: string): { token: string; expiresAt: number } {
  const now = clock.now()
  // Expired tokens are dropped here so the persisted tokens slice cannot grow without end.
  for (const [token, record] of Object.entries(store.state.tokens)) {
    if (record.expiresAt <= now) delete store.state.tokens[token]
  }
  const token = randomString(40)
  const expiresAt = now + TOKEN_TTL_MS
  store.state.tokens[token] = { userId, expiresAt }
  return { token, expiresAt }
}

/** The user behind an `authorization: Bearer <token>` header, or null when missing, unknown or expired. */
export function userFromAuthorization(
  store: Store,
  clock: Clock,
  header: string | undefined,
): StoredUser | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  if (!match) return null
  const tokens = store.state.tokens
  const record = Object.prototype.hasOwnProperty.call(tokens, match[1]) ? tokens[match[1]] : undefined
  if (!record || record.expiresAt <= clock.now()) return null
  return store.findUser(record.userId) ?? null
}
