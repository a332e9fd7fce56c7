/**
 * Every write of the contract under the mock's `lost_answer` fault: the route runs and commits,
 * then the answer is dropped (a network error to the client). Through the real client, as the
 * app calls it: a keyed write is retried with the same Idempotency-Key (by call() itself, or by
 * the person tapping again — both are tried) and the retry replays the first answer. The test
 * checks what matters: the person ends up seeing success, and the effect happened exactly once.
 * Keyed writes must come through call()'s own retry; the unkeyed ones (login, PATCH /me, marking
 * messages read — all naturally repeatable — and uploads) are tapped again by the person.
 */
import { api, usccCheckChar, type Endpoint } from '@/contract'
import { ApiError, call, configureApi, getSession, loginWith, newIdempotencyKey, setSession } from '@/api'
import { uploadPhoto } from '@/api/upload'
import { setFaults } from '../../../mock/faults'
import { mockBackend } from '../../setup/msw'
import { installFetchUploader, makeJpeg, picked } from '../../utils/photos'
import { NEW_REWARD } from '../contract/samples'

type Input = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown }

/** Calls any endpoint with a plain input (the table is over erased descriptors). */
function invoke(e: Endpoint, input: Input, idempotencyKey?: string): Promise<unknown> {
  const run = call as (e: Endpoint, input: unknown) => Promise<unknown>
  return run(e, { ...input, idempotencyKey })
}

const get = <T>(e: Endpoint, input: Input = {}) => invoke(e, input) as Promise<T>

interface TicketView {
  timeline: { kind: string }[]
  supportCount: number
}
const events = async (id: string, kind: string) =>
  (await get<TicketView>(api.getTicket, { params: { id } })).timeline.filter((e) => e.kind === kind).length

interface ActivityView {
  capacityLeft: number
  mine: { status: string } | null
}
const activity = (id: string) => get<ActivityView>(api.getActivity, { params: { id } })

interface VoucherList {
  items: { id: string; code: string; status: string; reward: { id: string } }[]
}
const vouchers = (status?: string) =>
  get<VoucherList>(api.listRedemptions, { query: { limit: 50, ...(status ? { status } : {}) } })

async function uploadId(): Promise<string> {
  const res = await mockBackend.handle({
    method: 'POST',
    path: '/uploads',
    query: {},
    headers: { authorization: `Bearer ${getSession()?.token}` },
    body: { file: { name: 'photo.jpg', bytes: makeJpeg() } },
  })
  return (res.body as { id: string }).id
}

async function activityCode(id: string): Promise<string> {
  const res = await mockBackend.handle({ method: 'GET', path: '/dev/activity-codes', query: {}, headers: {} })
  return (res.body as { items: { activityId: string; code: string }[] }).items.find(
    (a) => a.activityId === id,
  )!.code
}

const uploadsOf = (userId: string) =>
  Object.values(mockBackend.store.state.uploads).filter((u) => u.ownerId === userId).length

/**
 * One write as a person makes it: who, what (built after signing in, so it may read live data),
 * and a count of its effect, read before and after; `expected` is how much it must grow by.
 */
interface Scenario {
  as: string
  prepare?: () => Promise<Input>
  input?: Input
  /** how the app makes this call, when not through call() */
  run?: () => Promise<unknown>
  effect: () => Promise<number>
  expected?: number
}

/** A write on one ticket whose effect is one more `kind` event on its timeline. */
function onTicket(as: string, id: string, kind: string, body?: unknown): Scenario {
  return {
    as,
    input: body === undefined ? { params: { id } } : { params: { id }, body },
    effect: () => events(id, kind),
  }
}

const LICENCE_17 = '91410102MA4AB1C2D'
const DESCRIPTION = '丢失应答测试：路口的井盖松动了，踩上去会响'

const SCENARIOS: Record<string, Scenario> = {
  login: {
    as: 'u-resident-1',
    input: { body: { code: 'dev:u-resident-2' } },
    // logging in twice is harmless; what counts is that the person is signed in as asked
    effect: async () => (mockBackend.store.state.users.some((u) => u.id === 'u-resident-2') ? 1 : 0),
    expected: 0,
  },
  patchMe: {
    as: 'u-resident-1',
    input: { body: { nickname: '王阿姨' } },
    effect: async () => ((await get<{ nickname: string }>(api.me)).nickname === '王阿姨' ? 1 : 0),
  },
  upload: {
    as: 'u-resident-1',
    // multipart travels through the uploader, as the app sends it
    run: () => uploadPhoto(picked('photo.jpg', makeJpeg()), () => undefined),
    // not keyed: the lost one stays unattached (released after a day, within the quota)
    effect: async () => uploadsOf('u-resident-1'),
    expected: 2,
  },
  createTicket: {
    as: 'u-resident-1',
    prepare: async () => ({
      body: {
        photos: [await uploadId()],
        location: { lat: 34.746217, lng: 113.631947 },
        address: '创业路社区北门东侧',
        categoryId: 'cat-road-lamp',
        description: DESCRIPTION,
        anonymous: false,
      },
    }),
    effect: async () => mockBackend.store.state.tickets.filter((t) => t.description === DESCRIPTION).length,
  },
  urgeTicket: onTicket('u-resident-1', 't-0004', 'urged'),
  rateTicket: onTicket('u-resident-1', 't-0006', 'rated', { stars: 4, comment: '修得挺快' }),
  reopenTicket: onTicket('u-resident-1', 't-0006', 'reopened', { reason: '路灯晚上还是不亮' }),
  supportTicket: {
    as: 'u-resident-1',
    input: { params: { id: 't-0015' } },
    effect: async () => (await get<TicketView>(api.getTicket, { params: { id: 't-0015' } })).supportCount,
  },
  addTicketPhotos: {
    as: 'u-resident-1',
    // 我也遇到 first (the photos may be added by someone who pressed it), then her own photo
    prepare: async () => {
      await mockBackend.handle({
        method: 'POST',
        path: '/tickets/t-0015/support',
        query: {},
        headers: { authorization: `Bearer ${getSession()?.token}`, 'idempotency-key': 'lost-answer-support' },
        body: undefined,
      })
      return { params: { id: 't-0015' }, body: { photos: [await uploadId()] } }
    },
    effect: () => events('t-0015', 'photos_added'),
  },
  acceptTicket: onTicket('u-grid-1', 't-0001', 'accepted'),
  rejectTicket: onTicket('u-grid-1', 't-0001', 'rejected', { reason: '不在本网格' }),
  mergeTicket: {
    as: 'u-grid-1',
    prepare: async () => {
      const res = await get<{ items: { id: string }[] }>(api.mergeCandidates, { params: { id: 't-0029' } })
      return { params: { id: 't-0029' }, body: { intoId: res.items[0].id } }
    },
    effect: () => events('t-0029', 'merged'),
  },
  dispatchTicket: onTicket('u-grid-1', 't-0003', 'dispatched', {}),
  resolveTicket: {
    as: 'u-grid-1',
    prepare: async () => ({
      params: { id: 't-0003' },
      body: { note: '已现场修好', photos: [await uploadId()] },
    }),
    effect: () => events('t-0003', 'resolved'),
  },
  markNotificationsRead: {
    as: 'u-resident-1',
    input: { body: { all: true } },
    effect: async () => ((await get<{ count: number }>(api.unreadCount)).count === 0 ? 1 : 0),
  },
  applyMerchant: {
    as: 'u-resident-2',
    input: {
      body: {
        shopName: '王记早餐铺',
        address: '中原区创业路 12 号',
        licenceNo: LICENCE_17 + usccCheckChar(LICENCE_17),
      },
    },
    effect: async () => ((await get<{ role: string }>(api.me)).role === 'merchant' ? 1 : 0),
  },
  signUpActivity: {
    as: 'u-resident-1',
    input: { params: { id: 'act-sorting' } },
    effect: async () => 100 - (await activity('act-sorting')).capacityLeft,
  },
  cancelSignup: {
    as: 'u-resident-1',
    input: { params: { id: 'act-traffic' } },
    effect: async () => (await activity('act-traffic')).capacityLeft,
  },
  checkIn: {
    as: 'u-resident-1',
    prepare: async () => ({
      params: { id: 'act-cleanup-now' },
      body: { code: await activityCode('act-cleanup-now') },
    }),
    effect: async () => ((await activity('act-cleanup-now')).mine?.status === 'checked_in' ? 1 : 0),
  },
  checkOut: {
    as: 'u-resident-1',
    prepare: async () => {
      const code = await activityCode('act-cleanup-now')
      await invoke(api.checkIn, { params: { id: 'act-cleanup-now' }, body: { code } }, newIdempotencyKey())
      return { params: { id: 'act-cleanup-now' }, body: { code } }
    },
    effect: async () => ((await activity('act-cleanup-now')).mine?.status === 'completed' ? 1 : 0),
  },
  createRedemption: {
    as: 'u-resident-1',
    input: { body: { rewardId: 'rw-huimian', quantity: 1 } },
    effect: async () => (await vouchers()).items.length,
  },
  cancelRedemption: {
    as: 'u-resident-1',
    prepare: async () => ({ params: { id: (await vouchers('issued')).items[0].id } }),
    effect: async () => (await vouchers('cancelled')).items.length,
  },
  verifyRedemption: {
    as: 'u-merchant-1',
    prepare: async () => {
      await loginWith('dev:u-resident-2')
      const code = (await vouchers('issued')).items.find((v) => v.reward.id === 'rw-huimian')!.code
      await loginWith('dev:u-merchant-1')
      return { body: { code } }
    },
    effect: async () => mockBackend.store.state.mall.redemptions.filter((r) => r.status === 'used').length,
  },
}

const mall = () => mockBackend.store.state.mall
const huimian = () => mall().rewards.find((r) => r.id === 'rw-huimian')!
const waiting = (activityId: string) =>
  mockBackend.store.state.volunteer.waitlist.filter(
    (w) => w.activityId === activityId && w.leftAt === null && w.promotedAt === null,
  ).length

/** The merchant's shop and the 候补 line. */
Object.assign(SCENARIOS, {
  createReward: {
    as: 'u-merchant-1',
    input: { body: NEW_REWARD },
    effect: async () => mall().rewards.length,
  },
  updateReward: {
    as: 'u-merchant-1',
    input: { params: { id: 'rw-huimian' }, body: { ...NEW_REWARD, title: '大碗烩面', stock: 30 } },
    effect: async () => (huimian().title === '大碗烩面' ? 1 : 0),
  },
  pauseReward: {
    as: 'u-merchant-1',
    input: { params: { id: 'rw-huimian' }, body: { paused: true } },
    effect: async () => (huimian().paused ? 1 : 0),
  },
  restockReward: {
    as: 'u-merchant-1',
    input: { params: { id: 'rw-huimian' }, body: { add: 5 } },
    effect: async () => huimian().stock,
    expected: 5,
  },
  joinWaitlist: {
    as: 'u-resident-1',
    input: { params: { id: 'act-library' } },
    effect: async () => waiting('act-library'),
  },
  leaveWaitlist: {
    as: 'u-resident-1',
    prepare: async () => {
      await invoke(api.joinWaitlist, { params: { id: 'act-library' } }, newIdempotencyKey())
      return { params: { id: 'act-library' } }
    },
    effect: async () => -waiting('act-library'),
  },
} satisfies Record<string, Scenario>)

/** The grid worker's extras and patrols (巡查). */
const patrols = () => mockBackend.store.state.patrols.items
const at = () => new Date(mockBackend.clock.now()).toISOString()
const gridPoint = () => ({ ...mockBackend.store.state.tickets.find((t) => t.id === 't-0001')!.location })
async function startedPatrol(): Promise<string> {
  return ((await invoke(api.startPatrol, {}, newIdempotencyKey())) as { id: string }).id
}

Object.assign(SCENARIOS, {
  recategorizeTicket: {
    as: 'u-grid-1',
    input: { params: { id: 't-0001' }, body: { categoryId: 'cat-road-lamp', reason: '分类选错了' } },
    effect: () => events('t-0001', 'recategorized'),
  },
  superviseTicket: {
    as: 'u-grid-1',
    input: { params: { id: 't-0004' }, body: { note: '已超期，请尽快处理' } },
    effect: () => events('t-0004', 'supervised'),
  },
  batchTickets: {
    as: 'u-grid-1',
    input: { body: { action: 'accept', ids: ['t-0001', 't-0002'] } },
    effect: async () => (await events('t-0001', 'accepted')) + (await events('t-0002', 'accepted')),
    expected: 2,
  },
  startPatrol: { as: 'u-grid-1', input: {}, effect: async () => patrols().length },
  addPatrolPoints: {
    as: 'u-grid-1',
    prepare: async () => ({
      params: { id: await startedPatrol() },
      body: { points: [{ ...gridPoint(), at: at() }] },
    }),
    effect: async () => patrols().reduce((n, p) => n + p.track.length, 0),
  },
  reportHazard: {
    as: 'u-grid-1',
    prepare: async () => ({
      params: { id: await startedPatrol() },
      body: {
        categoryId: 'cat-road-pothole',
        photos: [await uploadId()],
        location: gridPoint(),
        description: '巡查发现路面塌陷',
        solved: false,
      },
    }),
    effect: async () => patrols().reduce((n, p) => n + p.hazards.length, 0),
  },
  finishPatrol: {
    as: 'u-grid-1',
    prepare: async () => ({ params: { id: await startedPatrol() } }),
    effect: async () => patrols().filter((p) => p.finishedAt !== null).length,
  },
} satisfies Record<string, Scenario>)

const WRITES = (Object.entries(api) as [string, Endpoint][]).filter(
  ([, e]) => e.method !== 'GET' && e.access !== 'dev',
)

beforeAll(() => {
  configureApi({ timeoutMs: 5000, retryDelaysMs: [0] })
  installFetchUploader()
})
afterAll(() => configureApi({ timeoutMs: 10_000, retryDelaysMs: [400, 1200] }))
afterEach(() => setSession(null))

it('has a scenario for every write endpoint of the contract', () => {
  expect(WRITES.map(([id]) => id).sort()).toEqual(Object.keys(SCENARIOS).sort())
  expect(WRITES.length).toBeGreaterThanOrEqual(22)
})

describe.each(WRITES)('%s under lost_answer', (id, e) => {
  it('runs once, and the person sees success', async () => {
    const s = SCENARIOS[id]
    await loginWith(`dev:${s.as}`)
    const input = s.prepare ? await s.prepare() : (s.input ?? {})
    const before = await s.effect()
    const key = e.idempotent ? newIdempotencyKey() : undefined
    setFaults(mockBackend.store, 'lost_answer', 1)

    const attempt = () => (s.run ? s.run() : invoke(e, input, key))
    // the first answer is lost; call() retries a keyed write with the same key on its own
    let outcome = await attempt().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    )
    // a keyed write is retried by call() itself with the same key: the person never sees the loss
    if (e.idempotent) expect([id, outcome.ok]).toEqual([id, true])
    if (!outcome.ok) {
      // a dropped connection: the client's NETWORK error (the test uploader's fetch throws a TypeError)
      const network =
        (outcome.error instanceof ApiError && outcome.error.code === 'NETWORK') ||
        outcome.error instanceof TypeError
      expect([id, network]).toEqual([id, true])
      // the person taps again: the same intent, the same key
      outcome = await attempt().then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      )
    }
    expect(outcome).toMatchObject({ ok: true })
    expect(mockBackend.store.state.meta.faults.remaining).toBe(0)
    expect((await s.effect()) - before).toBe(s.expected ?? 1)
  })
})
