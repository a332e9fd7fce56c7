import { api, CategoryGroup, Phone } from '../../../src/contract'
import { CATEGORY_TREE, COMMUNITIES, DEPARTMENTS, findGrid, USERS } from '../../../mock/seed'
import { StoredUser } from '../../../mock/state'
import { callEndpoint, expectOk, SEEDED_USER_IDS, testBackend } from './helpers'

describe('seed data', () => {
  it('has the stable dev users, each with a description for the developer panel', async () => {
    expect(USERS.map((u) => u.id)).toEqual([...SEEDED_USER_IDS])
    const { items } = expectOk(await callEndpoint(testBackend(), api.devUsers))
    expect(items.map((u) => u.id)).toEqual([...SEEDED_USER_IDS])
    for (const u of items) expect(u.description).toMatch(/^(居民|商户|网格员) · /)
    expect(items.find((u) => u.id === 'u-resident-1')?.description).toBe('居民 · 创业路社区')
  })

  it('gives users valid full phones, existing communities, and grid workers a grid of their community', () => {
    const phones = new Set<string>()
    for (const u of USERS) {
      StoredUser.parse(u)
      phones.add(Phone.parse(u.phone))
      expect(COMMUNITIES.some((c) => c.id === u.communityId)).toBe(true)
      if (u.role === 'grid_worker') expect(findGrid(u.gridId as string)?.community.id).toBe(u.communityId)
      else expect(u.gridId).toBeNull()
      expect(u.role === 'merchant').toBe(u.merchant?.verified === true)
    }
    expect(phones.size).toBe(USERS.length)
  })

  it('has a two-level category tree whose leaves name real departments and SLAs', () => {
    const leaves = CATEGORY_TREE.flatMap((g) => CategoryGroup.parse(g).children)
    expect(CATEGORY_TREE.map((g) => g.name)).toEqual([
      '道路设施',
      '供水',
      '燃气安全',
      '市容环境',
      '消防通道堵塞',
    ])
    expect(new Set(leaves.map((l) => l.id)).size).toBe(leaves.length)
    for (const leaf of leaves) {
      expect(DEPARTMENTS.find((d) => d.id === leaf.departmentId)?.name).toBe(leaf.departmentName)
    }
    const sla = (name: string) => leaves.find((l) => l.name === name)?.slaHours
    expect(sla('燃气泄漏')).toBeLessThanOrEqual(4)
    expect(sla('水管漏水')).toBe(24)
    expect(sla('路灯损坏')).toBe(48)
    expect(sla('乱贴小广告')).toBe(72)
  })

  it('serves communities and departments through the contract', async () => {
    const backend = testBackend()
    const { token } = expectOk(await callEndpoint(backend, api.login, { body: { code: 'x' } }))
    const { items } = expectOk(await callEndpoint(backend, api.communities, { token }))
    expect(items.map((c) => c.name)).toEqual(expect.arrayContaining(['创业路社区', '西里路社区', '高沟村']))
    const departments = expectOk(await callEndpoint(backend, api.departments, { token }))
    expect(departments.items.map((d) => d.name)).toContain('燃气公司')
    for (const c of COMMUNITIES) expect(c.grids.length === 1 || c.grids.length === 2).toBe(true)
  })
})
