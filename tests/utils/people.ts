import type { WireResponse } from '@/contract'
import { mockBackend } from '../setup/msw'

/**
 * Another person acting at the same time as the one on screen: they talk to the same mock
 * backend with their own token, and leave the app's session alone.
 */
export async function asUser(userId: string) {
  const login = await mockBackend.handle({
    method: 'POST',
    path: '/auth/login',
    query: {},
    headers: { 'content-type': 'application/json' },
    body: { code: `dev:${userId}` },
  })
  const token = (login.body as { token: string }).token
  const send = async (
    method: string,
    target: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const [path, qs = ''] = target.split('?')
    const query = Object.fromEntries(new URLSearchParams(qs))
    const res: WireResponse = await mockBackend.handle({
      method,
      path,
      query,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body,
    })
    if (res.status >= 400) {
      const message = (res.body as { error?: { message?: string } })?.error?.message
      throw Object.assign(new Error(message ?? `HTTP ${res.status}`), { status: res.status, body: res.body })
    }
    return res.body as never
  }
  return {
    get: <T>(path: string): Promise<T> => send('GET', path),
    post: <T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> =>
      send('POST', path, body, headers),
    del: <T>(path: string): Promise<T> => send('DELETE', path),
  }
}

/** Minutes from the mock's now until an ISO moment (negative when it has passed). */
export function minutesUntil(iso: string): number {
  return (Date.parse(iso) - mockBackend.clock.now()) / 60_000
}

/** Moves the mock clock to `minutes` after (or before, if negative) an ISO moment. */
export function moveClockTo(iso: string, minutes = 0): void {
  mockBackend.clock.advance(minutesUntil(iso) + minutes)
}

/** Each activity's check-in/out code, as the developer panel lists them. */
export async function activityCode(activityId: string): Promise<string> {
  const res = await mockBackend.handle({ method: 'GET', path: '/dev/activity-codes', query: {}, headers: {} })
  const items = (res.body as { items: { activityId: string; code: string }[] }).items
  const hit = items.find((i) => i.activityId === activityId)
  if (!hit) throw new Error(`no code for ${activityId}`)
  return hit.code
}
