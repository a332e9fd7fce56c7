import type { Session } from '@/contract'
import { readJson, removeKey, writeJson } from '@/platform/storage'
import { getLoginCode } from '@/platform/login-code'

export const SESSION_KEY = 'ssp:session'

let current: Session | null = readJson<Session>(SESSION_KEY)
let pending: Promise<Session> | null = null
const listeners = new Set<() => void>()

export function getSession(): Session | null {
  return current
}

export function setSession(s: Session | null): void {
  current = s
  if (s) writeJson(SESSION_KEY, s)
  else removeKey(SESSION_KEY)
  listeners.forEach((l) => l())
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * One login at a time: every request that finds no token waits for the same login.
 * `doLogin` is injected by the client to avoid a cycle between the two modules.
 */
export function ensureSession(doLogin: (code: string) => Promise<Session>): Promise<Session> {
  if (current) return Promise.resolve(current)
  if (!pending) {
    pending = getLoginCode()
      .then(doLogin)
      .then((s) => {
        setSession(s)
        return s
      })
      .finally(() => {
        pending = null
      })
  }
  return pending
}
