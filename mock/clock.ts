/** Zhengzhou time. China has no daylight saving, so a fixed offset is exact. */
const OFFSET_MINUTES_BEIJING = 8 * 60
const MINUTE_MS = 60_000

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/**
 * ISO 8601 with the +08:00 offset (2026-11-28T08:30:00+08:00), as the contract's IsoDateTime wants.
 * Written by hand: WeChat's runtime has no reliable Intl time zones, and toISOString() only speaks UTC.
 */
export function formatIso(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + OFFSET_MINUTES_BEIJING * MINUTE_MS)
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  return `${date}T${time}+08:00`
}

/** Where the clock keeps its offset: the store's persisted meta slice. */
export interface OffsetHolder {
  getOffsetMs(): number
  setOffsetMs(ms: number): void
}

/** The mock's time: real time plus an offset the developer panel moves forward (SLAs, expiries). */
export interface Clock {
  now(): number
  nowIso(): string
  advance(minutes: number): void
  readonly offsetMinutes: number
}

export function createClock(holder: OffsetHolder, realNow: () => number = () => Date.now()): Clock {
  const now = () => realNow() + holder.getOffsetMs()
  return {
    now,
    nowIso: () => formatIso(now()),
    advance(minutes: number) {
      holder.setOffsetMs(holder.getOffsetMs() + Math.round(minutes * MINUTE_MS))
    },
    get offsetMinutes() {
      return Math.round(holder.getOffsetMs() / MINUTE_MS)
    },
  }
}
