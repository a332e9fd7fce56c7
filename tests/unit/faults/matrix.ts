/**
 * The client-level fault matrix, generated from the descriptors in `api`: each endpoint under
 * each fault must end in an ApiError with the right code and a plain Chinese message, retried
 * only where it is safe, and the next call after the fault clears must reach the backend again.
 * An endpoint added tomorrow is covered with no edit. jest 30 fails the running test on any
 * unhandled rejection, so none can slip through.
 */
import { api, ErrorCode, type Endpoint } from '@/contract'
import { ApiError, call, configureApi, getSession, loginWith, setSession } from '@/api'
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

/** After the fault: the backend answers again (success, or a refusal in the contract's words). */
async function expectRecovered(e: Endpoint, input: SampleInput): Promise<void> {
  const outcome = await invoke(e, input).then(
    () => 'ok',
    (err: unknown) => err,
  )
  if (outcome === 'ok') return
  expect(outcome).toBeInstanceOf(ApiError)
  const code = (outcome as ApiError).code
  expect(ErrorCode.options as readonly string[]).toContain(code)
  expect(['INTERNAL', 'UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code)
  // multipart bodies travel through the uploader, not call(): its JSON body is refused, as it should be
  const multipart = e.body && e.body.safeParse({}).success === false && e.path === '/uploads'
  if (!multipart) expect([e.path, code]).not.toEqual([e.path, 'VALIDATION_FAILED'])
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
        await expectRecovered(e, input)
      },
    )
  })
}
