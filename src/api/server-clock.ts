/**
 * The backend's clock as the app sees it. Every answer carries a `Date` header from the server's
 * clock (the mock's can be moved forward by the developer panel); the app keeps the offset to
 * the device's clock, so "3 小时前", "刚刚" and deadlines count from the server's now, not the
 * phone's.
 */
let offsetMs = 0
const listeners = new Set<() => void>()

/** Learn the server's time from an answer's `Date` header (second precision is plenty here). */
export function noteServerDate(header: string | undefined, receivedAt = Date.now()): void {
  if (!header) return
  const at = Date.parse(header)
  if (!Number.isFinite(at)) return
  const next = at - receivedAt
  // a header has whole seconds: ignore drift under two seconds so "now" does not jitter
  if (Math.abs(next - offsetMs) < 2000) return
  offsetMs = next
  listeners.forEach((l) => l())
}

/** Milliseconds since the epoch by the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs
}

/** Called whenever the offset changes (the clock was moved); returns the unsubscribe. */
export function onServerClockChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
