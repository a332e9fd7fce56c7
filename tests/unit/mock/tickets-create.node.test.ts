import fc from 'fast-check'
import { api } from '../../../src/contract'
import { envelope, expectError, expectOk, testBackend } from './helpers'
import { newKey, reportBody, signIn, uploadedPhotoId, type Client } from './ticket-helpers'

async function setup() {
  const backend = testBackend()
  const wang = await signIn(backend, 'u-resident-1')
  const zhang = await signIn(backend, 'u-resident-2')
  return { backend, wang, zhang, count: () => backend.store.state.tickets.length }
}

async function mine(client: Client) {
  return expectOk(await client.call(api.listTickets, { query: { scope: 'mine', limit: '50' } })).items
}

describe('POST /tickets', () => {
  it('files a submitted ticket with one event, my photos, masked contact phone; it tops 我的上报', async () => {
    const { wang, count } = await setup()
    const before = count()
    const photo = await uploadedPhotoId(wang)
    const res = await wang.call(api.createTicket, {
      body: reportBody([photo], { contactPhone: '13900001111' }),
      idempotencyKey: newKey(),
    })
    expect(res.status).toBe(201)
    const t = expectOk(res)
    expect(t).toMatchObject({
      status: 'submitted',
      mine: true,
      communityName: '创业路社区',
      categoryName: '路灯损坏',
      slaHours: 48,
      deadline: null,
      overdue: false,
      reporter: { name: '王秀兰', phone: '139****1111' },
      can: { urge: false, rate: false, reopen: false, support: false },
    })
    expect(t.photos).toEqual([
      // a signed URL, valid for a day of mock time (mock/uploads/access.ts)
      {
        id: photo,
        url: expect.stringMatching(new RegExp(`^/mock-uploads/${photo}\\?exp=\\d+&sig=[a-p]{32}$`)),
        width: 32,
        height: 24,
      },
    ])
    expect(t.timeline).toHaveLength(1)
    expect(t.timeline[0]).toMatchObject({
      kind: 'submitted',
      status: 'submitted',
      actor: { role: 'resident', name: '王**' },
    })
    expect(count()).toBe(before + 1)
    expect((await mine(wang))[0].id).toBe(t.id)
  })

  it('hides an anonymous reporter and the contact phone from everyone else, in the ticket and its timeline', async () => {
    const { backend, wang, zhang } = await setup()
    const photo = await uploadedPhotoId(wang)
    const body = reportBody([photo], { anonymous: true, contactPhone: '13900001111' })
    const { id } = expectOk(await wang.call(api.createTicket, { body, idempotencyKey: newKey() }))
    const grid = await signIn(backend, 'u-grid-1')
    for (const other of [zhang, grid]) {
      const seen = expectOk(await other.call(api.getTicket, { params: { id } }))
      expect(seen).toMatchObject({ anonymous: true, reporter: null, mine: false })
      expect(seen.timeline[0].actor).toEqual({ role: 'resident', name: null })
      expect(JSON.stringify(seen)).not.toMatch(/王|1111/)
    }
    const own = expectOk(await wang.call(api.getTicket, { params: { id } }))
    expect(own.reporter).toEqual({ name: '王秀兰', phone: '139****1111' })
    expect(own.timeline[0].actor.name).toBe('王**')
  })

  it('shows a named reporter masked to others, without any phone', async () => {
    const { wang, zhang } = await setup()
    const photo = await uploadedPhotoId(wang)
    const body = reportBody([photo], { contactPhone: '13900001111' })
    const { id } = expectOk(await wang.call(api.createTicket, { body, idempotencyKey: newKey() }))
    expect(expectOk(await zhang.call(api.getTicket, { params: { id } })).reporter).toEqual({
      name: '王**',
      phone: null,
    })
  })

  it('refuses photos that are not mine or do not exist, and a category that is not a leaf, on their fields', async () => {
    const { wang, zhang, count } = await setup()
    const before = count()
    const mineId = await uploadedPhotoId(wang)
    const theirs = await uploadedPhotoId(zhang)
    const res = await wang.call(api.createTicket, {
      body: reportBody([mineId, theirs, 'up-nope'], { categoryId: 'cg-road' }),
      idempotencyKey: newKey(),
    })
    expect(res.status).toBe(400)
    expect(expectError(res).error).toEqual({
      code: 'VALIDATION_FAILED',
      message: '填写的内容有误，请检查后再提交',
      fields: {
        'photos.1': '这张照片已失效，请删除后重新添加',
        'photos.2': '这张照片已失效，请删除后重新添加',
        categoryId: '请选择具体的问题类别',
      },
    })
    const twice = await wang.call(api.createTicket, {
      body: reportBody([mineId, mineId]),
      idempotencyKey: newKey(),
    })
    expect(expectError(twice).error.fields).toEqual({ 'photos.1': '同一张照片添加了两次，请删除一张' })
    expect(count()).toBe(before)
  })

  it('refuses a place outside the service area with 422 OUT_OF_SERVICE_AREA', async () => {
    const { wang, count } = await setup()
    const before = count()
    const photo = await uploadedPhotoId(wang)
    const res = await wang.call(api.createTicket, {
      body: reportBody([photo], { location: { lat: 34.8, lng: 113.5 } }),
      idempotencyKey: newKey(),
    })
    expect(res.status).toBe(422)
    expect(expectError(res).error).toEqual({
      code: 'OUT_OF_SERVICE_AREA',
      message: '该位置不在服务范围内，暂时无法受理',
    })
    expect(count()).toBe(before)
  })

  it('checks the body with the contract: description length, 1–9 photos', async () => {
    const { wang } = await setup()
    const photo = await uploadedPhotoId(wang)
    const res = await wang.call(api.createTicket, {
      body: reportBody([photo], { description: '坏了' }),
      idempotencyKey: newKey(),
    })
    expect(expectError(res).error.fields).toEqual({ description: '问题描述至少 5 个字' })
    const none = await wang.call(api.createTicket, { body: reportBody([]), idempotencyKey: newKey() })
    expect(expectError(none).error.fields).toEqual({ photos: '请至少拍一张照片' })
  })
})

describe('POST /tickets with Idempotency-Key', () => {
  it('replays the same ticket for the same key and body, and files nothing more', async () => {
    const { wang, count } = await setup()
    const photo = await uploadedPhotoId(wang)
    const key = newKey()
    const first = await wang.call(api.createTicket, { body: reportBody([photo]), idempotencyKey: key })
    const before = count()
    const again = await wang.call(api.createTicket, { body: reportBody([photo]), idempotencyKey: key })
    expect(again.status).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(expectOk(again).id).toBe(expectOk(first).id)
    expect(count()).toBe(before)
  })

  it('answers 422 IDEMPOTENCY_MISMATCH for the same key with another body, 400 without a key', async () => {
    const { wang, count } = await setup()
    const photo = await uploadedPhotoId(wang)
    const key = newKey()
    await wang.call(api.createTicket, { body: reportBody([photo]), idempotencyKey: key })
    const before = count()
    const other = await wang.call(api.createTicket, {
      body: reportBody([photo], { description: '换了一个说法的描述' }),
      idempotencyKey: key,
    })
    expect([other.status, expectError(other).error.code]).toEqual([422, 'IDEMPOTENCY_MISMATCH'])
    const keyless = await wang.post('/tickets', reportBody([photo]))
    expect([keyless.status, envelope(keyless).error.fields]).toEqual([
      400,
      { 'Idempotency-Key': '缺少幂等键' },
    ])
    expect(count()).toBe(before)
  })

  it('files exactly one ticket for any number of concurrent submits with one key', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(10), fc.integer({ min: 2, max: 10 })),
        fc.boolean(),
        async (n, anonymous) => {
          const { wang, count } = await setup()
          const photo = await uploadedPhotoId(wang)
          const before = count()
          const key = newKey()
          const body = reportBody([photo], { anonymous })
          const answers = await Promise.all(
            Array.from({ length: n }, () => wang.call(api.createTicket, { body, idempotencyKey: key })),
          )
          expect(count()).toBe(before + 1)
          const created = answers.filter((r) => r.status === 201).map((r) => expectOk(r).id)
          expect(new Set(created).size).toBe(1)
          // a retry that overlaps the first one is told to wait, never given a second ticket
          for (const r of answers.filter((a) => a.status !== 201))
            expect(expectError(r).error.code).toBe('CONFLICT')
        },
      ),
      { numRuns: 15 },
    )
  })
})
