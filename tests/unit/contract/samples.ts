import { api, usccCheckChar, type Endpoint, type Role } from '../../../src/contract'
import { makeJpeg } from '../mock/ticket-helpers'
import { deriveValue } from './derive'

/** A request to one endpoint, as parts (`call()` input, minus the idempotency key). */
export interface SampleInput {
  params?: Record<string, unknown>
  query?: Record<string, unknown>
  body?: unknown
}

/** What a sample may need that only exists at run time: a fresh upload of the caller's. */
export interface Fixtures {
  photoId: string
  /** activity id → the code its QR holds (GET /dev/activity-codes) */
  activityCodes: Record<string, string>
}

export interface Sample {
  input: (fx: Fixtures) => SampleInput
  /** the seeded user to call as (default: the first seeded user of the first allowed role) */
  as?: string
}

/** a reward a merchant puts in the mall */
export const NEW_REWARD = {
  title: '胡辣汤一碗',
  description: '早上 6 点到 10 点供应，堂食。',
  picture: 'soup',
  cost: 15,
  stock: 20,
  perPersonLimit: 2,
  validDays: 30,
}

/** 创业路社区's center (GCJ-02) */
const CENTER = { lat: 34.745417, lng: 113.631447 }
const LICENCE_17 = '91410102MA4AB1C2D'
/** the seeded activity that is running whenever the mock starts */
const RUNNING = 'act-cleanup-now'
/** a well-formed voucher code (Luhn check digit) that no voucher has */
const UNKNOWN_VOUCHER = '123456789015'

/**
 * Valid inputs for the endpoints whose input a schema walk cannot guess (real seeded ids, a
 * licence number with its check character, a fresh upload). Endpoints missing here get a
 * derived input (derive.ts); one with neither fails the fault matrix so it is noticed.
 */
export const SAMPLES: Record<string, Sample> = {
  login: { input: () => ({ body: { code: 'dev:u-resident-1' } }) },
  patchMe: { input: () => ({ body: { nickname: '王阿姨' } }) },
  reverseGeo: { input: () => ({ query: CENTER }) },
  ticketMap: {
    input: () => ({
      query: { bbox: `${CENTER.lng - 0.01},${CENTER.lat - 0.01},${CENTER.lng + 0.01},${CENTER.lat + 0.01}` },
    }),
  },
  upload: {
    input: () => ({ body: { file: { name: 'photo.jpg', bytes: makeJpeg(32, 24) } } }),
  },
  nearbyTickets: { input: () => ({ query: { ...CENTER, categoryId: 'cat-road-pole' } }) },
  createTicket: {
    input: ({ photoId }) => ({
      body: {
        photos: [photoId],
        location: { lat: CENTER.lat + 0.0008, lng: CENTER.lng + 0.0005 },
        address: '创业路社区北门东侧',
        categoryId: 'cat-road-lamp',
        description: '北门东侧的路灯这两天晚上都不亮了',
        anonymous: false,
      },
    }),
  },
  listTickets: { input: () => ({ query: { scope: 'mine', limit: 10 } }) },
  getTicket: { input: () => ({ params: { id: 't-0001' } }) },
  getNotice: { input: () => ({ params: { id: 'n-water' } }) },
  urgeTicket: { input: () => ({ params: { id: 't-0004' } }) },
  rateTicket: { input: () => ({ params: { id: 't-0006' }, body: { stars: 4, comment: '修得挺快' } }) },
  reopenTicket: { input: () => ({ params: { id: 't-0006' }, body: { reason: '路灯晚上还是不亮' } }) },
  supportTicket: { input: () => ({ params: { id: 't-0015' } }) },
  addTicketPhotos: { input: ({ photoId }) => ({ params: { id: 't-0001' }, body: { photos: [photoId] } }) },
  applyMerchant: {
    as: 'u-resident-2',
    input: () => ({
      body: {
        shopName: '王记早餐铺',
        address: '中原区创业路 12 号',
        licenceNo: LICENCE_17 + usccCheckChar(LICENCE_17),
      },
    }),
  },
  getActivity: { input: () => ({ params: { id: 'act-clinic' } }) },
  signUpActivity: { input: () => ({ params: { id: 'act-clinic' } }) },
  cancelSignup: { input: () => ({ params: { id: 'act-clinic' } }) },
  checkIn: {
    input: ({ activityCodes }) => ({ params: { id: RUNNING }, body: { code: activityCodes[RUNNING] } }),
  },
  checkOut: {
    input: ({ activityCodes }) => ({ params: { id: RUNNING }, body: { code: activityCodes[RUNNING] } }),
  },
  createRedemption: { input: () => ({ body: { rewardId: 'rw-huimian', quantity: 1 } }) },
  cancelRedemption: { input: () => ({ params: { id: 'rd-0001' } }) },
  verifyRedemption: { input: () => ({ body: { code: UNKNOWN_VOUCHER } }) },
  previewRedemption: { input: () => ({ params: { code: UNKNOWN_VOUCHER } }) },
  merchantStatement: { input: () => ({ query: { month: '2026-11' } }) },
  createReward: { input: () => ({ body: NEW_REWARD }) },
  updateReward: {
    input: () => ({ params: { id: 'rw-huimian' }, body: { ...NEW_REWARD, title: '烩面一碗' } }),
  },
  pauseReward: { input: () => ({ params: { id: 'rw-huimian' }, body: { paused: true } }) },
  restockReward: { input: () => ({ params: { id: 'rw-huimian' }, body: { add: 5 } }) },
  joinWaitlist: { input: () => ({ params: { id: 'act-library' } }) },
  leaveWaitlist: { input: () => ({ params: { id: 'act-library' } }) },
  markNotificationsRead: { input: () => ({ body: { all: true } }) },
  workbenchTicket: { input: () => ({ params: { id: 't-0001' } }) },
  mergeCandidates: { input: () => ({ params: { id: 't-0002' } }) },
  acceptTicket: { input: () => ({ params: { id: 't-0001' } }) },
  rejectTicket: { input: () => ({ params: { id: 't-0001' }, body: { reason: '不在本网格' } }) },
  mergeTicket: { input: () => ({ params: { id: 't-0002' }, body: { intoId: 't-0001' } }) },
  dispatchTicket: { input: () => ({ params: { id: 't-0003' }, body: {} }) },
  resolveTicket: {
    input: ({ photoId }) => ({ params: { id: 't-0003' }, body: { note: '已现场修好', photos: [photoId] } }),
  },
  recategorizeTicket: {
    input: () => ({ params: { id: 't-0001' }, body: { categoryId: 'cat-water-leak', reason: '分类选错了' } }),
  },
  superviseTicket: { input: () => ({ params: { id: 't-0004' }, body: { note: '请尽快办结' } }) },
  batchTickets: { input: () => ({ body: { action: 'accept', ids: ['t-0001', 't-0002'] } }) },
  workbenchStats: { input: () => ({ query: { from: '2026-11-01', to: '2026-11-28' } }) },
  startPatrol: { input: () => ({}) },
  listPatrols: { input: () => ({ query: {} }) },
  getPatrol: { input: () => ({ params: { id: 'p-0001' } }) },
  finishPatrol: { input: () => ({ params: { id: 'p-0001' } }) },
  addPatrolPoints: {
    input: () => ({
      params: { id: 'p-0001' },
      body: { points: [{ lat: CENTER.lat + 0.001, lng: CENTER.lng, at: '2026-11-28T09:00:00+08:00' }] },
    }),
  },
  reportHazard: {
    input: ({ photoId }) => ({
      params: { id: 'p-0001' },
      body: {
        categoryId: 'cat-city-garbage',
        photos: [photoId],
        location: { lat: CENTER.lat + 0.001, lng: CENTER.lng },
        solved: false,
      },
    }),
  },
  devAdvanceClock: { input: () => ({ body: { advanceMinutes: 60 } }) },
  devFaults: { input: () => ({ body: { kind: 'slow', count: 1 } }) },
  devSeedTickets: { input: () => ({ body: { count: 1 } }) },
}

const USER_OF_ROLE: Record<Role, string> = {
  resident: 'u-resident-1',
  merchant: 'u-merchant-1',
  grid_worker: 'u-grid-1',
}

/** Who calls an endpoint in the matrices: a seeded user whose role the descriptor allows. */
export function callerOf(id: string, e: Endpoint): string | null {
  if (!Array.isArray(e.access)) return null
  return SAMPLES[id]?.as ?? USER_OF_ROLE[e.access[0] as Role]
}

/** The sample of an endpoint, or one derived from its schemas; null when neither exists. */
export function sampleOf(id: string, e: Endpoint): Sample | null {
  if (SAMPLES[id]) return SAMPLES[id]
  const parts: SampleInput = {}
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = e[part]
    if (!schema) continue
    const found = deriveValue(schema)
    if (!found) return null
    parts[part] = found.value as never
  }
  return { input: () => parts }
}

export const ENDPOINTS = Object.entries(api) as [string, Endpoint][]
