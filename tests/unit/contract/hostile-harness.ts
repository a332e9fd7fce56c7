import { api, API_PREFIX, type Endpoint, type WireRequest, type WireResponse } from '../../../src/contract'
import { createMockBackend, type MockBackend } from '../../../mock/backend'
import { memoryStorage } from '../../../mock/persistence'
import { callEndpoint, expectOk, T0, loginAs } from '../mock/helpers'
import { makeJpeg } from '../mock/ticket-helpers'
import { callerOf, sampleOf, type SampleInput } from './samples'

/** A fresh backend over a memory storage the test can read, signed in as the endpoint's caller. */
export interface Harness {
  backend: MockBackend
  token: string | null
  /**
   * every stored key and value as the next reload would find them, except idempotency records:
   * a refusal from inside a route is kept for replay under its key, as the IETF draft has it
   */
  persisted(): string
  send(input: SampleInput): Promise<WireResponse>
  sample: SampleInput
}

let keys = 0

function toQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (v !== undefined) out[k] = typeof v === 'string' ? v : JSON.stringify(v)
  }
  return out
}

function fillPath(path: string, params: unknown): string {
  const values = (params ?? {}) as Record<string, unknown>
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name] ?? '')))
}

export async function harness(id: string, e: Endpoint): Promise<Harness> {
  const storage = memoryStorage()
  const backend = createMockBackend({ storage, now: () => T0, slowMs: 0 })
  const caller = callerOf(id, e)
  const token = caller ? await loginAs(backend, caller) : null
  const headers = (): Record<string, string> => ({
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(e.idempotent ? { 'idempotency-key': `hostile-${++keys}` } : {}),
  })
  const handle = (req: Omit<WireRequest, 'headers'>) => backend.handle({ ...req, headers: headers() })
  const sample = sampleOf(id, e)
  if (!sample) throw new Error(`${id}: no sample and none derivable (tests/unit/contract/samples.ts)`)
  let fixtures = { photoId: '', activityCodes: {} as Record<string, string> }
  if (sample.input.length > 0) {
    const file = { name: 'a.jpg', bytes: makeJpeg(32, 24) }
    // a public endpoint's caller has no token, and no photo of their own
    const upload = token ? await callEndpoint(backend, api.upload, { token, body: { file } }) : null
    const codes = await callEndpoint(backend, api.devActivityCodes)
    const items = codes.ok ? codes.body.items : []
    fixtures = {
      photoId: upload ? expectOk(upload).id : '',
      activityCodes: Object.fromEntries(items.map((a) => [a.activityId, a.code])),
    }
  }
  return {
    backend,
    token,
    sample: sample.input(fixtures),
    persisted: () => {
      backend.store.save()
      const entries = Object.entries(storage.entries()).filter(([k]) => !/:idempotency(#\d+)?$/.test(k))
      return entries.map(([k, v]) => `${k}=${v}`).join('\n')
    },
    send: (input) =>
      handle({
        method: e.method,
        path: fillPath(e.path, input.params),
        query: toQuery(input.query),
        body: input.body,
      }),
  }
}

export { API_PREFIX }
