import fc from 'fast-check'
import { z } from 'zod'
import { ALL_ROLES, endpoint, type EndpointInput } from '../../../src/contract'
import { conflict } from '../../../mock/errors'
import { memoryStorage, type KeyValueStorage } from '../../../mock/persistence'
import { reply, signedIn } from '../../../mock/route-types'
import {
  call,
  callEndpoint,
  envelope,
  expectError,
  expectOk,
  extendedRouter,
  loginAs,
  type AnyAnswer,
  type Handles,
} from './helpers'

const testOnly = {
  createThing: endpoint({
    status: 201,
    method: 'POST',
    path: '/test/things',
    summary: 'test',
    access: ALL_ROLES,
    idempotent: true,
    body: z.object({ name: z.string().min(1), tags: z.array(z.string()).optional() }),
    response: z.object({ id: z.string(), name: z.string(), owner: z.string() }),
  }),
}

/** A counting handler; `delays` hold executions open so concurrent retries overlap them. */
function setup(
  options: { storage?: KeyValueStorage; delays?: () => number; failFirst?: 'conflict' | 'crash' } = {},
) {
  let executions = 0
  const env = extendedRouter(
    testOnly,
    {
      createThing: async (ctx) => {
        const user = signedIn(ctx)
        executions++
        const n = executions
        if (options.failFirst === 'conflict' && n === 1) throw conflict('名字被占用了')
        if (options.failFirst === 'crash' && n === 1) throw new Error('database hiccup')
        const ms = options.delays?.() ?? 0
        if (ms > 0) await new Promise((r) => setTimeout(r, ms))
        return reply({ id: `thing-${n}`, name: ctx.body.name, owner: user.id }, { status: 201 })
      },
    },
    options.storage,
  )
  return { ...env, executions: () => executions }
}

type ThingBody = EndpointInput<typeof testOnly.createThing>['body']

const post = (target: Handles, token: string, key: string, body: ThingBody) =>
  callEndpoint(target, testOnly.createThing, { token, body, idempotencyKey: key })

/** What a replay must repeat: the status and the body (a refusal's envelope keeps its request id). */
const view = (res: AnyAnswer) =>
  res.ok
    ? { status: res.status, body: res.body }
    : { status: res.status, error: res.error, requestId: res.requestId }

describe('Idempotency-Key', () => {
  it('is required on idempotent endpoints', async () => {
    const { router, executions } = setup()
    const token = await loginAs(router, 'u-resident-1')
    // raw: a typed call would bring a key of its own
    const res = await call(router, 'POST', '/test/things', { token, body: { name: '路灯' } })
    expect(res.status).toBe(400)
    expect(envelope(res).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'Idempotency-Key': '缺少幂等键' },
    })
    expect(executions()).toBe(0)
  })

  it('replays the first response for the same key and body, running the route once', async () => {
    const { router, executions } = setup()
    const token = await loginAs(router, 'u-resident-1')
    const first = await post(router, token, 'k-1', { name: '路灯', tags: ['夜间'] })
    const again = await post(router, token, 'k-1', { tags: ['夜间'], name: '路灯' })
    expect(first.status).toBe(201)
    expect(view(again)).toEqual(view(first))
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
    expect(executions()).toBe(1)
  })

  it('answers 422 IDEMPOTENCY_MISMATCH for the same key with a different body', async () => {
    const { router, executions } = setup()
    const token = await loginAs(router, 'u-resident-1')
    await post(router, token, 'k-1', { name: '路灯' })
    const res = await post(router, token, 'k-1', { name: '井盖' })
    expect(res.status).toBe(422)
    expect(expectError(res).error.code).toBe('IDEMPOTENCY_MISMATCH')
    expect(executions()).toBe(1)
  })

  it('answers 409 CONFLICT while the first request with the key is still running', async () => {
    const { router, executions } = setup({ delays: () => 30 })
    const token = await loginAs(router, 'u-resident-1')
    const [a, b] = await Promise.all([
      post(router, token, 'k-1', { name: '路灯' }),
      post(router, token, 'k-1', { name: '路灯' }),
    ])
    expect(a.status).toBe(201)
    expect(b.status).toBe(409)
    expect(expectError(b).error).toEqual({ code: 'CONFLICT', message: '上一次提交还在处理中，请稍候' })
    expect(view(await post(router, token, 'k-1', { name: '路灯' }))).toEqual(view(a))
    expect(executions()).toBe(1)
  })

  it('scopes keys per user', async () => {
    const { router, executions } = setup()
    const a = await post(router, await loginAs(router, 'u-resident-1'), 'same', { name: '路灯' })
    const b = await post(router, await loginAs(router, 'u-resident-2'), 'same', { name: '路灯' })
    expect(expectOk(a).owner).toBe('u-resident-1')
    expect(expectOk(b).owner).toBe('u-resident-2')
    expect(executions()).toBe(2)
  })

  it('replays a refusal too (4xx), without running the route again', async () => {
    const { router, executions } = setup({ failFirst: 'conflict' })
    const token = await loginAs(router, 'u-resident-1')
    const first = await post(router, token, 'k-1', { name: '路灯' })
    const again = await post(router, token, 'k-1', { name: '路灯' })
    expect(first.status).toBe(409)
    expect(view(again)).toEqual(view(first))
    expect(executions()).toBe(1)
  })

  it('forgets a server error, so the retry runs again', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const { router, executions } = setup({ failFirst: 'crash' })
    const token = await loginAs(router, 'u-resident-1')
    expect((await post(router, token, 'k-1', { name: '路灯' })).status).toBe(500)
    expect((await post(router, token, 'k-1', { name: '路灯' })).status).toBe(201)
    expect(executions()).toBe(2)
    error.mockRestore()
  })

  it('survives a reload: the record is persisted', async () => {
    const storage = memoryStorage()
    const before = setup({ storage })
    const token = await loginAs(before.router, 'u-resident-1')
    const first = await post(before.router, token, 'k-1', { name: '路灯' })
    before.store.save()
    const after = setup({ storage })
    expect(view(await post(after.router, token, 'k-1', { name: '路灯' }))).toEqual(view(first))
    expect(after.executions()).toBe(0)
  })

  it('expires records after 24 hours, and on reset', async () => {
    const { router, store, clock, executions } = setup()
    let token = await loginAs(router, 'u-resident-1')
    await post(router, token, 'k-1', { name: '路灯' })
    clock.advance(25 * 60)
    expect(expectOk(await post(router, token, 'k-1', { name: '路灯' }))).toMatchObject({ id: 'thing-2' })
    store.reset()
    token = await loginAs(router, 'u-resident-1')
    expect(expectOk(await post(router, token, 'k-1', { name: '路灯' }))).toMatchObject({ id: 'thing-3' })
    expect(executions()).toBe(3)
  })

  it('property: concurrent and repeated calls with one key and body run the route once and agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }),
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 8 }),
          tags: fc.array(fc.string(), { maxLength: 3 }),
        }),
        async (concurrent, repeats, delays, body) => {
          let i = 0
          const { router, executions } = setup({ delays: () => delays[i++ % delays.length] })
          const token = await loginAs(router, 'u-resident-1')
          const burst = await Promise.all(
            Array.from({ length: concurrent }, () => post(router, token, 'k', body)),
          )
          const later: AnyAnswer[] = []
          for (let r = 0; r < repeats; r++) later.push(await post(router, token, 'k', body))
          const final = await post(router, token, 'k', body)

          expect(executions()).toBe(1)
          const first = burst.find((res) => res.status === 201)
          if (!first) throw new Error('no call of the burst created the thing')
          for (const res of [...burst, ...later, final]) {
            if (res.status === 409) expect(expectError(res).error.code).toBe('CONFLICT')
            else expect(view(res)).toEqual(view(first))
          }
          // only the burst can overlap the running first call; afterwards every answer is the replay
          for (const res of [...later, final]) expect(res.status).toBe(201)
        },
      ),
      { numRuns: 60 },
    )
  })
})
