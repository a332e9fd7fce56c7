import { api, ALL_ROLES, type EndpointId, type Role } from '../../../src/contract'
import type { AnyEndpoint } from '../../../mock/route-types'
import { callEndpoint, expectError, expectOk, testBackend, type CallInput } from './helpers'
import { fileReport, makeJpeg, signIn, uploadedPhotoId, type Client } from './ticket-helpers'

/**
 * The role × endpoint matrix, generated from the descriptors' declared `access`: every endpoint
 * of `api` that lists roles — also the ones added after this test was written — is called by a
 * seeded user of each role, on a fresh store. A role not listed gets 403 from the router; a
 * listed role is never told 401 or 403. Requests come from the sample table below (valid ones,
 * built from seeded data); an endpoint without a sample gets ids from its own list endpoint
 * (`GET /activities` for `/activities/:id`), else a placeholder, and an empty body.
 */

const USER_OF: Record<Role, string> = {
  resident: 'u-resident-1',
  merchant: 'u-merchant-1',
  grid_worker: 'u-grid-1',
}

interface Sample {
  params?: Record<string, string>
  query?: Record<string, string>
  body?: unknown
  /** the sample is a fully valid request for this role: expect 2xx, not just "not refused" */
  succeeds?: boolean
}

type Backend = ReturnType<typeof testBackend>
interface Ctx {
  role: Role
  client: Client
  backend: Backend
}

/** A ticket the caller reported: seeded for the resident, else one they file now. */
async function ownTicket(c: Ctx, residentTicket: string): Promise<string> {
  return c.role === 'resident' ? residentTicket : fileReport(c.client)
}

const CENTER = { lat: '34.745417', lng: '113.631447' }
const ticket = (id: string) => ({ params: { id } })

const SAMPLES: Partial<Record<EndpointId, (c: Ctx) => Sample | Promise<Sample>>> = {
  me: () => ({ succeeds: true }),
  patchMe: () => ({ body: { nickname: '改个名字' }, succeeds: true }),
  reverseGeo: () => ({ query: CENTER, succeeds: true }),
  upload: () => ({ body: { file: { name: 'a.jpg', bytes: makeJpeg(16, 12) } }, succeeds: true }),
  nearbyTickets: () => ({ query: CENTER, succeeds: true }),
  createTicket: async (c) => ({
    body: {
      photos: [await uploadedPhotoId(c.client)],
      location: { lat: 34.7462, lng: 113.632 },
      address: '创业路社区北门东侧',
      categoryId: 'cat-road-lamp',
      description: '北门东侧的路灯这两天晚上都不亮了',
      anonymous: false,
    },
    succeeds: true,
  }),
  listTickets: () => ({ query: { scope: 'mine' }, succeeds: true }),
  getTicket: () => ({ ...ticket('t-0002'), succeeds: true }),
  urgeTicket: async (c) => ticket(await ownTicket(c, 't-0004')),
  rateTicket: async (c) => ({ ...ticket(await ownTicket(c, 't-0006')), body: { stars: 5 } }),
  reopenTicket: async (c) => ({
    ...ticket(await ownTicket(c, 't-0007')),
    body: { reason: '还是没有修好，请再看看' },
  }),
  supportTicket: () => ({ ...ticket('t-0014'), succeeds: true }),
  addTicketPhotos: async (c) => ({
    ...ticket(await ownTicket(c, 't-0001')),
    body: { photos: [await uploadedPhotoId(c.client)] },
    succeeds: true,
  }),
  workbenchSummary: () => ({ succeeds: true }),
  workbenchTickets: () => ({ query: { filter: 'overdue' }, succeeds: true }),
  workbenchTicket: () => ({ ...ticket('t-0001'), succeeds: true }),
  mergeCandidates: () => ({ ...ticket('t-0029'), succeeds: true }),
  acceptTicket: () => ({ ...ticket('t-0001'), succeeds: true }),
  rejectTicket: () => ({ ...ticket('t-0002'), body: { reason: '经核实已清运' }, succeeds: true }),
  mergeTicket: () => ({ ...ticket('t-0029'), body: { intoId: 't-0005' }, succeeds: true }),
  dispatchTicket: () => ({ ...ticket('t-0003'), body: {}, succeeds: true }),
  resolveTicket: async (c) => ({
    ...ticket('t-0015'),
    body: { note: '已加固线杆', photos: [await uploadedPhotoId(c.client)] },
    succeeds: true,
  }),
  listNotifications: () => ({ query: { limit: '5' }, succeeds: true }),
  unreadCount: () => ({ succeeds: true }),
  markNotificationsRead: () => ({ body: { all: true }, succeeds: true }),
}

/** `/activities/:id/signup` → the first id `GET /activities` lists for the caller, else a placeholder. */
async function idsFromLists(c: Ctx, e: AnyEndpoint): Promise<Record<string, string>> {
  const params: Record<string, string> = {}
  const segments = e.path.split('/')
  for (let i = 0; i < segments.length; i++) {
    if (!segments[i].startsWith(':')) continue
    const listPath = segments.slice(0, i).join('/')
    const list = await c.client.get(listPath)
    const first = (list.body as { items?: { id?: unknown }[] } | undefined)?.items?.[0]?.id
    params[segments[i].slice(1)] = list.status === 200 && typeof first === 'string' ? first : 'x-unknown'
  }
  return params
}

const guarded = (Object.entries(api) as [EndpointId, AnyEndpoint][]).filter(([, e]) =>
  Array.isArray(e.access),
)

describe('the role × endpoint matrix, generated from `access`', () => {
  it('covers every role-guarded endpoint, the workbench and the message centre included', () => {
    const ids = guarded.map(([id]) => id)
    expect(ids).toEqual(
      expect.arrayContaining(['workbenchTickets', 'acceptTicket', 'resolveTicket', 'markNotificationsRead']),
    )
    expect(ids.length).toBe(
      Object.values(api).filter((e) => e.access !== 'public' && e.access !== 'dev').length,
    )
  })

  it.each(guarded)('%s: 403 for roles it does not list; never 401/403 for those it does', async (id, e) => {
    const access = e.access as readonly Role[]
    for (const role of ALL_ROLES) {
      const backend = testBackend()
      const client = await signIn(backend, USER_OF[role])
      const c = { role, client, backend }
      const sampleOf = SAMPLES[id]
      const sample = sampleOf ? await sampleOf(c) : { params: await idsFromLists(c, e) }
      // the samples are data for any endpoint: what each one's schema makes of them is the point
      const input: CallInput<AnyEndpoint> = {
        params: sample.params,
        query: sample.query,
        body: sample.body,
        token: client.token,
      }
      const res = await callEndpoint(backend, e, input)
      const label = [id, role, res.status]
      if (!access.includes(role)) {
        expect(label).toEqual([id, role, 403])
        expect(expectError(res).error).toEqual({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
      } else if (sample.succeeds) {
        expect([id, role, res.status >= 200 && res.status < 300]).toEqual([id, role, true])
      } else {
        expect([id, role, [401, 403].includes(res.status)]).toEqual([id, role, false])
      }
    }
  })
})

describe('private ticket data', () => {
  it('another resident sees neither the reporter of an anonymous report nor any contact phone', async () => {
    const backend = testBackend()
    const zhang = await signIn(backend, 'u-resident-2')
    const res = await zhang.call(api.getTicket, { params: { id: 't-0002' } })
    expect(expectOk(res)).toMatchObject({ anonymous: true, reporter: null, mine: false })
    expect(JSON.stringify(expectOk(res))).not.toMatch(/9988|王/)
    expect((await zhang.call(api.workbenchTicket, { params: { id: 't-0002' } })).status).toBe(403)
    const mine = await zhang.call(api.listTickets, { query: { scope: 'mine', limit: '50' } })
    const ids = expectOk(mine).items.map((t) => t.id)
    expect(ids).not.toContain('t-0002')
  })
})
