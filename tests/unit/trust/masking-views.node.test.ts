/**
 * Numbers people type into free text are shown as typed only to the ticket's reporter and the
 * grid worker whose grid it is in; everyone else — another resident, a worker of another grid,
 * the Open311 feed — gets them masked in the description, address, excerpt, notes and comment.
 */
import { api } from '../../../src/contract'
import { settledTickets } from '../../../mock/tickets/repo'
import { handleOpen311 } from '../../../mock/open311'
import { expectOk, testBackend } from '../mock/helpers'
import { fileReport, signIn, uploadedPhotoId } from '../mock/ticket-helpers'

const DESCRIPTION = '井盖松了很危险，有事打我电话 138 1234 5678 或 +86 139-8765-4321，座机 (0371)6789-1234'
const ADDRESS = '创业路社区北门东侧，联系人手机13612345678'
const NOTE = '已派区市政，现场负责人电话 137.1111.2222，身份证 410102199001011234'
const FULL = ['13812345678', '13987654321', '67891234', '13612345678', '13711112222', '410102199001011234']

function digits(text: string): string {
  return text.replace(/[\s.\-()（）+]/g, '')
}

function expectNoneOf(value: unknown): void {
  const text = digits(JSON.stringify(value))
  for (const n of FULL) expect(text).not.toContain(n)
}

function expectAllOf(value: unknown): void {
  const text = digits(JSON.stringify(value))
  for (const n of FULL) expect(text).toContain(n)
}

async function setup() {
  const backend = testBackend()
  const reporter = await signIn(backend, 'u-resident-1')
  const id = await fileReport(reporter, { anonymous: true, description: DESCRIPTION, address: ADDRESS })
  const worker = await signIn(backend, 'u-grid-1')
  expectOk(await worker.call(api.acceptTicket, { params: { id } }))
  expectOk(await worker.call(api.dispatchTicket, { params: { id }, body: { note: NOTE } }))
  return { backend, id, reporter, worker }
}

describe('personal numbers in free text, by who looks', () => {
  it('another resident sees them masked in the ticket, its timeline and the public lists', async () => {
    const { backend, id } = await setup()
    const neighbour = await signIn(backend, 'u-resident-2')
    const ticket = expectOk(await neighbour.call(api.getTicket, { params: { id } }))
    expect(ticket.reporter).toBeNull()
    expect(ticket.description).toContain('138****5678')
    expect(ticket.description).toContain('139****4321')
    expect(ticket.description).toContain('0371-****1234')
    expect(ticket.address).toContain('136****5678')
    expect(ticket.timeline.map((e) => e.note).join()).toContain('137****2222')
    expectNoneOf(ticket)
    const board = expectOk(
      await neighbour.call(api.listTickets, { query: { scope: 'public', lat: 34.745417, lng: 113.631447 } }),
    )
    expect(board.items.some((t) => t.id === id)).toBe(true)
    expectNoneOf(board)
    const nearby = expectOk(
      await neighbour.call(api.nearbyTickets, { query: { lat: 34.745417, lng: 113.631447 } }),
    )
    expectNoneOf(nearby)
  })

  it('a grid worker of another grid sees them masked too', async () => {
    const { backend, id } = await setup()
    const other = await signIn(backend, 'u-grid-2')
    const answer = await other.call(api.getTicket, { params: { id } })
    if (answer.ok) expectNoneOf(answer.body)
    else expect(answer.status).toBe(403)
  })

  it('the reporter and the grid’s own worker read them as typed', async () => {
    const { id, reporter, worker } = await setup()
    const mine = expectOk(await reporter.call(api.getTicket, { params: { id } }))
    expect(mine.description).toBe(DESCRIPTION)
    expect(mine.address).toBe(ADDRESS)
    expectAllOf(mine)
    const handling = expectOk(await worker.call(api.workbenchTicket, { params: { id } }))
    expect(handling.description).toBe(DESCRIPTION)
    expectAllOf(handling)
  })

  it('people who pressed 我也遇到 hear of the resolution with the numbers masked', async () => {
    const backend = testBackend()
    const reporter = await signIn(backend, 'u-resident-1')
    const id = await fileReport(reporter, { description: DESCRIPTION })
    const worker = await signIn(backend, 'u-grid-1')
    expectOk(await worker.call(api.acceptTicket, { params: { id } }))
    const neighbour = await signIn(backend, 'u-resident-2')
    expectOk(await neighbour.call(api.supportTicket, { params: { id } }))
    const photo = await uploadedPhotoId(worker)
    expectOk(await worker.call(api.resolveTicket, { params: { id }, body: { note: NOTE, photos: [photo] } }))
    const inbox = expectOk(await neighbour.call(api.listNotifications, {}))
    const resolved = inbox.items.find((m) => m.ticketId === id)!
    expect(resolved.body).toContain('137****2222')
    expectNoneOf(inbox)
    const own = expectOk(await reporter.call(api.listNotifications, {}))
    expect(own.items.find((m) => m.ticketId === id && m.body.includes('已处理完成'))!.body).toContain(
      '137.1111.2222',
    )
  })

  it('the Open311 feed masks them everywhere, the address included', async () => {
    const { backend, id } = await setup()
    const now = backend.clock.now()
    const res = handleOpen311(backend, {
      method: 'GET',
      path: `/open311/v2/requests/${id}.json`,
      query: {},
      publicBase: 'https://mock.example',
    })
    expect(res.status).toBe(200)
    const [request] = res.body as { description: string; address: string; status_notes: string }[]
    expect(request.address).toContain('136****5678')
    expect(request.status_notes).toContain('4101**********1234')
    expectNoneOf(res.body)
    expect(settledTickets(backend.store, now).find((t) => t.id === id)?.description).toBe(DESCRIPTION)
  })
})
