import { api } from '../../../src/contract'
import { callEndpoint, expectOk, testBackend } from './helpers'
import { fileReport, signIn } from './ticket-helpers'

describe('首页: notices and the community figures', () => {
  it('lists the city notices newest first, each readable on its own', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const { items } = expectOk(await wang.call(api.listNotices))
    expect(items.length).toBeGreaterThanOrEqual(3)
    const times = items.map((n) => Date.parse(n.publishedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const one = expectOk(await wang.call(api.getNotice, { params: { id: items[1].id } }))
    expect(one).toEqual(items[1])
    const missing = await wang.call(api.getNotice, { params: { id: 'n-none' } })
    expect(missing.ok ? 0 : missing.status).toBe(404)
  })

  it('counts this month from the tickets: a new report is received at once, not a constant', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const before = expectOk(await wang.call(api.publicStats, { query: { communityId: 'c-chuangye-lu' } }))
    expect(before.communityName).toBe('创业路社区')
    await fileReport(wang)
    const after = expectOk(await wang.call(api.publicStats, { query: { communityId: 'c-chuangye-lu' } }))
    expect(after.received).toBe(before.received + 1)
    expect(after.resolved).toBe(before.resolved)
    const whole = expectOk(await callEndpoint(backend, api.publicStats, { token: wang.token }))
    expect(whole.communityName).toBeNull()
    expect(whole.received).toBeGreaterThanOrEqual(after.received)
    if (whole.satisfaction !== null) expect(whole.satisfaction).toBeLessThanOrEqual(1)
  })

  it('names the most reported problem types of the last 90 days, most first', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const { topCategories } = expectOk(await wang.call(api.publicStats))
    expect(topCategories.length).toBeGreaterThan(0)
    const counts = topCategories.map((c) => c.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(topCategories.every((c) => c.name && c.name !== '其他')).toBe(true)
  })
})
