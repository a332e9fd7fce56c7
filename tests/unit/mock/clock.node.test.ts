import { api, IsoDateTime } from '../../../src/contract'
import { createClock, formatIso } from '../../../mock/clock'
import { callEndpoint, expectOk, T0, testBackend } from './helpers'

describe('clock', () => {
  it('formats instants in Zhengzhou time with a +08:00 offset', () => {
    expect(formatIso(Date.UTC(2026, 10, 28, 0, 30, 5, 999))).toBe('2026-11-28T08:30:05+08:00')
    // 16:00 UTC is already tomorrow in Zhengzhou, also across a year end
    expect(formatIso(Date.UTC(2026, 11, 31, 16, 0, 0))).toBe('2027-01-01T00:00:00+08:00')
  })

  it('produces strings the contract accepts and that parse back to the same second', () => {
    for (const ms of [0, T0, T0 + 123_456_789, Date.UTC(2028, 1, 29, 23, 59, 59)]) {
      const iso = formatIso(ms)
      expect(IsoDateTime.safeParse(iso).success).toBe(true)
      expect(Date.parse(iso)).toBe(Math.floor(ms / 1000) * 1000)
    }
  })

  it('is real time plus an offset that advance() grows', () => {
    let offset = 0
    let real = T0
    const clock = createClock({ getOffsetMs: () => offset, setOffsetMs: (ms) => (offset = ms) }, () => real)
    clock.advance(90)
    expect(clock.now()).toBe(T0 + 90 * 60_000)
    expect(clock.offsetMinutes).toBe(90)
    real += 1000
    expect(clock.now()).toBe(T0 + 90 * 60_000 + 1000)
    expect(clock.nowIso()).toBe(formatIso(T0 + 90 * 60_000 + 1000))
  })

  it('GET and POST /dev/clock read and move the mock clock', async () => {
    const backend = testBackend()
    expect(expectOk(await callEndpoint(backend, api.devClock))).toEqual({
      now: formatIso(T0),
      offsetMinutes: 0,
    })
    const moved = await callEndpoint(backend, api.devAdvanceClock, { body: { advanceMinutes: 60 * 24 } })
    expect(expectOk(moved)).toEqual({ now: '2026-11-29T09:00:00+08:00', offsetMinutes: 1440 })
    expect(backend.clock.now()).toBe(T0 + 24 * 3600_000)
    backend.reset()
    expect(backend.clock.offsetMinutes).toBe(0)
  })
})
