import { api, EVENT_LABELS, MAX_ADDED_PHOTOS } from '../../../src/contract'
import { expectOk, refusalOf as refusal, testBackend } from './helpers'
import { newKey, signIn, uploadedPhotoId, type Client } from './ticket-helpers'

/** 居民补充: POST /tickets/:id/photos, the photos a follower adds to a ticket already filed. */
async function setup() {
  const backend = testBackend()
  return {
    wang: await signIn(backend, 'u-resident-1'),
    zhang: await signIn(backend, 'u-resident-2'),
  }
}

async function photos(client: Client, n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) ids.push(await uploadedPhotoId(client))
  return ids
}

const add = (client: Client, id: string, ids: string[], key = newKey()) =>
  client.call(api.addTicketPhotos, { params: { id }, body: { photos: ids }, idempotencyKey: key })

const addedEvents = (t: { timeline: { kind: string }[] }) =>
  t.timeline.filter((e) => e.kind === 'photos_added')

describe('POST /tickets/:id/photos', () => {
  it('after 我也遇到 a resident adds her own photo: a 居民补充 event with it, seen by everyone', async () => {
    const { wang, zhang } = await setup()
    expectOk(await wang.call(api.supportTicket, { params: { id: 't-0015' }, idempotencyKey: newKey() }))
    const [photo] = await photos(wang, 1)
    const t = expectOk(await add(wang, 't-0015', [photo]))
    expect(t.status).toBe('accepted')
    expect(t.timeline.at(-1)).toMatchObject({
      kind: 'photos_added',
      actor: { role: 'resident', name: '王**' },
      status: 'accepted',
      note: '补充了 1 张现场照片',
      photos: [{ id: photo }],
    })
    expect(EVENT_LABELS.photos_added).toBe('居民补充')
    const seen = expectOk(await zhang.call(api.getTicket, { params: { id: 't-0015' } }))
    expect(
      addedEvents(seen).flatMap((e) => (e as unknown as { photos: { id: string }[] }).photos.map((p) => p.id)),
    ).toEqual([photo])
  })

  it('a replay with the same Idempotency-Key answers the same ticket and adds nothing more', async () => {
    const { wang } = await setup()
    const ids = await photos(wang, 2)
    const key = newKey()
    const first = expectOk(await add(wang, 't-0001', ids, key))
    const again = expectOk(await add(wang, 't-0001', ids, key))
    expect(again).toEqual(first)
    const now = expectOk(await wang.call(api.getTicket, { params: { id: 't-0001' } }))
    expect(addedEvents(now)).toHaveLength(1)
    expect(refusal(await add(wang, 't-0001', ids.slice(0, 1), key)).slice(0, 2)).toEqual([
      422,
      'IDEMPOTENCY_MISMATCH',
    ])
    expect((await wang.post('/tickets/t-0001/photos', { photos: ids })).status).toBe(400)
    expect(addedEvents(expectOk(await wang.call(api.getTicket, { params: { id: 't-0001' } })))).toHaveLength(
      1,
    )
  })

  it('four at once with one key add the photos once; the others are told to wait', async () => {
    const { wang } = await setup()
    const ids = await photos(wang, 2)
    const key = newKey()
    const answers = await Promise.all([1, 2, 3, 4].map(() => add(wang, 't-0001', ids, key)))
    const done = answers.filter((a) => a.ok)
    expect(done.length).toBeGreaterThanOrEqual(1)
    expect(new Set(done.map((a) => JSON.stringify(a.body))).size).toBe(1)
    for (const a of answers.filter((x) => !x.ok)) expect(refusal(a).slice(0, 2)).toEqual([409, 'CONFLICT'])
    const t = expectOk(await wang.call(api.getTicket, { params: { id: 't-0001' } }))
    expect(addedEvents(t)).toHaveLength(1)
  })

  it('only the reporter or someone who pressed 我也遇到, and only while the ticket is open', async () => {
    const { wang, zhang } = await setup()
    const [mine] = await photos(zhang, 1)
    expect(refusal(await add(zhang, 't-0015', [mine]))).toEqual([
      403,
      'FORBIDDEN',
      '点过“我也遇到”之后才能给这个问题补充照片',
    ])
    // t-0008 is hers and closed
    const [hers] = await photos(wang, 1)
    expect(refusal(await add(wang, 't-0008', [hers]))).toEqual([
      409,
      'ILLEGAL_TRANSITION',
      '这个问题已经办结或不再受理，不能再补充照片',
    ])
  })

  it('only photos the caller uploaded, each once, and not one already on the ticket', async () => {
    const { wang, zhang } = await setup()
    const [his] = await photos(zhang, 1)
    const [hers] = await photos(wang, 1)
    const someoneElses = refusal(await add(wang, 't-0001', [hers, his]))
    expect(someoneElses.slice(0, 2)).toEqual([400, 'VALIDATION_FAILED'])
    expect(someoneElses[2]).toContain('这张照片已失效')
    expect(refusal(await add(wang, 't-0001', ['up-unknown']))[0]).toBe(400)
    expect(refusal(await add(wang, 't-0001', [hers, hers]))[2]).toContain('同一张照片添加了两次')
    expectOk(await add(wang, 't-0001', [hers]))
    expect(refusal(await add(wang, 't-0001', [hers]))[2]).toContain('这张照片已经在这个问题里了')
    const t = expectOk(await wang.call(api.getTicket, { params: { id: 't-0001' } }))
    expect(addedEvents(t)).toHaveLength(1)
  })

  it(`at most ${MAX_ADDED_PHOTOS} photos are added to one ticket, whoever adds them`, async () => {
    const { wang } = await setup()
    expectOk(await add(wang, 't-0001', await photos(wang, MAX_ADDED_PHOTOS - 3)))
    expect(refusal(await add(wang, 't-0001', await photos(wang, 4)))).toEqual([
      409,
      'CONFLICT',
      '这个问题还能补充 3 张照片，请少选几张',
    ])
    expectOk(await add(wang, 't-0001', await photos(wang, 3)))
    expect(refusal(await add(wang, 't-0001', await photos(wang, 1)))).toEqual([
      409,
      'CONFLICT',
      `这个问题的补充照片已满 ${MAX_ADDED_PHOTOS} 张，不能再补充了`,
    ])
    expect(refusal(await add(wang, 't-0001', await photos(wang, MAX_ADDED_PHOTOS + 1)))[0]).toBe(400)
  })
})
