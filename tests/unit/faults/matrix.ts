/**
 * The client-level fault matrix, generated from the descriptors in `api`: each endpoint under
 * each fault must end in an ApiError with the right code and a plain Chinese message, retried
 * only where it is safe, and the next call after the fault clears must reach the backend again.
 * An endpoint added tomorrow is covered with no edit. jest 30 fails the running test on any
 * unhandled rejection, so none can slip through.
 */
import { api, type Endpoint } from '@/contract'
import { ApiError, call, configureApi, getSession, loginWith, setSession } from '@/api'
import type { ApiErrorCode } from '@/api/errors'
import { mockBackend, mockServer } from '../../setup/msw'
import { makeJpeg } from '../../utils/photos'
import { callerOf, sampleOf, type SampleInput } from '../contract/samples'
import { attemptsFor, faultHandler, type Fault } from './faults'

const CHINESE = /[\u4e00-\u9fa5]/
export const SHORT_MS = 50
export const RELAXED_MS = 5000

/** Calls any endpoint with a plain input (the matrix is over erased descriptors). */
function invoke(e: Endpoint, input: SampleInput): Promise<unknown> {
  const run = call as (e: Endpoint, input: unknown) => Promise<unknown>
  return run(e, {
    ...input,
    idempotencyKey: e.idempotent ? `k-${Math.random().toString(36).slice(2)}` : undefined,
  })
}

async function activityCodes(): Promise<Record<string, string>> {
  const res = await mockBackend.handle({ method: 'GET', path: '/dev/activity-codes', query: {}, headers: {} })
  const items =
    res.status === 200 ? (res.body as { items: { activityId: string; code: string }[] }).items : []
  return Object.fromEntries(items.map((a) => [a.activityId, a.code]))
}

async function uploadAsCaller(): Promise<string> {
  const token = getSession()?.token
  const res = await mockBackend.handle({
    method: 'POST',
    path: '/uploads',
    query: {},
    headers: { authorization: `Bearer ${token}` },
    body: { file: { name: 'photo.jpg', bytes: makeJpeg() } },
  })
  return (res.body as { id: string }).id
}

/** Signs in as the endpoint's caller and builds its input. */
async function prepare(id: string, e: Endpoint): Promise<SampleInput> {
  const caller = callerOf(id, e)
  if (caller) await loginWith(`dev:${caller}`)
  const sample = sampleOf(id, e)!
  if (sample.input.length === 0) return sample.input({ photoId: '', activityCodes: {} })
  return sample.input({ photoId: await uploadAsCaller(), activityCodes: await activityCodes() })
}

async function expectFault(e: Endpoint, input: SampleInput, fault: Fault): Promise<ApiError> {
  const error = await invoke(e, input).then(
    () => null,
    (err: unknown) => err,
  )
  expect(error).toBeInstanceOf(ApiError)
  const apiError = error as ApiError
  expect(apiError.code).toBe(fault.code)
  expect(apiError.message).toMatch(CHINESE)
  if (fault.retryAfterSeconds !== undefined) expect(apiError.retryAfterSeconds).toBe(fault.retryAfterSeconds)
  return apiError
}

/**
 * The samples built to meet a refusal (tests/unit/contract/samples.ts): the only endpoints whose
 * right outcome after a fault is not success. Everything else must succeed once the fault clears.
 */
export const REFUSED_ON_PURPOSE: Record<string, ApiErrorCode> = {
  // call() sends JSON; /uploads takes multipart only (the uploader's path is in lost-answer.test.ts)
  upload: 'VALIDATION_FAILED',
  // t-0001 is no merge candidate of t-0002 (a different category)
  mergeTicket: 'ILLEGAL_TRANSITION',
  // act-clinic clashes with u-resident-1's act-traffic; she has no sign-up there to cancel
  signUpActivity: 'CONFLICT',
  cancelSignup: 'ILLEGAL_TRANSITION',
  // the sample checks out of act-cleanup-now without having checked in
  checkOut: 'ILLEGAL_TRANSITION',
  // ids and a voucher code that exist nowhere (a well-formed Luhn code no voucher has)
  getRedemption: 'NOT_FOUND',
  cancelRedemption: 'NOT_FOUND',
  verifyRedemption: 'NOT_FOUND',
  // a patrol id derived from the schema: no such patrol
  getPatrol: 'NOT_FOUND',
  addPatrolPoints: 'NOT_FOUND',
  reportHazard: 'NOT_FOUND',
  finishPatrol: 'NOT_FOUND',
  previewRedemption: 'NOT_FOUND',
  // u-resident-1 is in no waitlist to leave
  leaveWaitlist: 'ILLEGAL_TRANSITION',
}

/** After the fault: the same call reaches the backend and comes to the right outcome, nothing else. */
async function expectRecovered(id: string, e: Endpoint, input: SampleInput): Promise<void> {
  const outcome = await invoke(e, input).then(
    () => 'ok',
    (err: unknown) => (err instanceof ApiError ? err.code : String(err)),
  )
  expect([id, outcome]).toEqual([id, REFUSED_ON_PURPOSE[id] ?? 'ok'])
}

/** One test per endpoint and fault: the error, the attempts it took, and recovery after it. */
export function describeFaultMatrix(endpoints: [string, Endpoint][], faults: Fault[]): void {
  beforeAll(() => configureApi({ timeoutMs: RELAXED_MS, retryDelaysMs: [0] }))
  afterAll(() => configureApi({ timeoutMs: 10_000, retryDelaysMs: [400, 1200] }))
  afterEach(() => setSession(null))

  describe.each(endpoints)('%s', (id, e) => {
    const applicable = faults.filter((f) => !(f.mockKind && e.access === 'dev'))
    it.each(applicable.map((f) => [f.name, f] as const))(
      '%s → ApiError, then recovers',
      async (_name, fault) => {
        const input = await prepare(id, e)
        const hits = { count: 0 }
        if (fault.respond) {
          mockServer.use(faultHandler(e, fault, hits))
        } else {
          await call(api.devFaults, { body: { kind: fault.mockKind!, count: attemptsFor(e, fault) } })
        }
        // only the faulty call gets a short timeout: a loaded CI machine must not time out the rest
        if (fault.code === 'TIMEOUT') configureApi({ timeoutMs: SHORT_MS })
        await expectFault(e, input, fault)
        configureApi({ timeoutMs: RELAXED_MS })
        if (fault.respond) expect(hits.count).toBe(attemptsFor(e, fault))
        // exactly the attempts it was allowed: not one fault left over for the next request
        else expect(mockBackend.store.state.meta.faults.remaining).toBe(0)
        mockServer.resetHandlers()
        await expectRecovered(id, e, input)
      },
    )
  })
}
