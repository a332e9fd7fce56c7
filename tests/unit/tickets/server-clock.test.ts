import { api } from '@/contract'
import { call, serverNow, setSession } from '@/api'

afterEach(() => setSession(null))

it('follows the backend’s clock from the Date of its answers, also after the clock is moved', async () => {
  await call(api.categories)
  expect(Math.abs(serverNow() - Date.now())).toBeLessThan(2000)
  await call(api.devAdvanceClock, { body: { advanceMinutes: 600 } })
  await call(api.categories)
  const ahead = serverNow() - Date.now()
  expect(ahead).toBeGreaterThan(600 * 60_000 - 2000)
  expect(ahead).toBeLessThan(600 * 60_000 + 2000)
})
