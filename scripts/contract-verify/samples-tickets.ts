import { z } from 'zod'
import {
  MergeCandidate,
  Ticket,
  TicketSummary,
  WorkbenchItem,
  WorkbenchTicket,
  type Role,
  type TicketStatus,
} from '../../src/contract'
import { Missing, type World } from './world'
import type { SampleTable } from './samples'

/** My tickets (newest first). */
export function myTickets(w: World, role: Role) {
  return w.all(role, '/tickets', TicketSummary, { scope: 'mine' })
}

export function ticketDetail(w: World, role: Role, id: string) {
  return w.get(role, `/tickets/${encodeURIComponent(id)}`, Ticket)
}

/** The grid worker's whole queue. */
export function queue(w: World) {
  return w.all('grid_worker', '/workbench/tickets', WorkbenchItem, { filter: 'all' })
}

export function workbenchDetail(w: World, id: string) {
  return w.get('grid_worker', `/workbench/tickets/${encodeURIComponent(id)}`, WorkbenchTicket)
}

/** Where each action usually starts (DESIGN.md's lifecycle): those tickets are asked about first. */
const LIKELY: Record<string, readonly TicketStatus[]> = {
  urge: ['dispatched', 'processing'],
  rate: ['resolved'],
  reopen: ['resolved', 'closed'],
  support: ['submitted', 'accepted', 'dispatched', 'processing'],
  accept: ['submitted'],
  reject: ['submitted'],
  merge: ['submitted'],
  dispatch: ['accepted'],
  resolve: ['accepted'],
}

function likelyFirst<T extends { status: TicketStatus }>(list: T[], action: string): T[] {
  const likely = LIKELY[action] ?? []
  return [...list.filter((t) => likely.includes(t.status)), ...list.filter((t) => !likely.includes(t.status))]
}

/** One of my tickets the server says I may act on now. */
async function mine(w: World, role: Role, can: keyof Ticket['can']): Promise<{ id: string }> {
  const list = likelyFirst(await myTickets(w, role), can)
  return w.first(
    list,
    (t) => ticketDetail(w, role, t.id),
    (t) => t.can[can],
    `no ticket of mine with can.${can}`,
  )
}

/** A ticket of the grid the server says the grid worker may act on now. */
export async function queued(w: World, can: keyof WorkbenchTicket['can']): Promise<WorkbenchTicket> {
  const list = likelyFirst(await queue(w), can)
  return w.first(
    list,
    (t) => workbenchDetail(w, t.id),
    (t) => t.can[can],
    `no queued ticket with can.${can}`,
  )
}

export const mergeCandidates = (w: World, id: string) =>
  w.get(
    'grid_worker',
    `/workbench/tickets/${encodeURIComponent(id)}/merge-candidates`,
    z.object({ items: z.array(MergeCandidate) }),
  )

const byId = (t: { id: string }) => ({ params: { id: t.id } })

/** Valid requests for the ticket and workbench endpoints, built from what the server shows. */
export const TICKET_SAMPLES: SampleTable = {
  'GET /tickets/nearby': {
    build: async (w, role) => {
      const { lat, lng } = await w.place(role)
      return { query: { lat: String(lat), lng: String(lng) } }
    },
  },
  'POST /tickets': {
    build: async (w, role) => {
      const [photo, place, leaf] = [await w.upload(role), await w.place(role), await w.leafCategory(role)]
      return {
        body: {
          photos: [photo],
          location: { lat: place.lat + 0.0004, lng: place.lng + 0.0003 },
          address: '契约核验：社区北门东侧 20 米',
          categoryId: leaf.id,
          description: '契约核验用的上报：北门东侧的路面有一处坑洼',
          anonymous: false,
        },
      }
    },
  },
  'GET /tickets': { build: async () => ({ query: { scope: 'mine' } }) },
  'GET /tickets/:id': {
    build: async (w, role) => {
      const [first] = await myTickets(w, role)
      if (!first) throw new Missing('no ticket of mine')
      return byId(first)
    },
  },
  'POST /tickets/:id/urge': { build: async (w, role) => byId(await mine(w, role, 'urge')) },
  'POST /tickets/:id/rating': {
    build: async (w, role) => ({
      ...byId(await mine(w, role, 'rate')),
      body: { stars: 5, comment: '处理得很及时' },
    }),
  },
  'POST /tickets/:id/reopen': {
    build: async (w, role) => ({
      ...byId(await mine(w, role, 'reopen')),
      body: { reason: '问题又出现了，请再来看看' },
    }),
  },
  'POST /tickets/:id/support': {
    build: async (w, role) => {
      const { lat, lng } = await w.place(role)
      const query = { scope: 'public', lat: String(lat), lng: String(lng), radiusMeters: '20000' }
      const list = likelyFirst(await w.all(role, '/tickets', TicketSummary, query), 'support')
      const found = await w.first(
        list,
        (t) => ticketDetail(w, role, t.id),
        (t) => t.can.support,
        'no ticket to support',
      )
      return byId(found)
    },
  },
  'POST /tickets/:id/photos': {
    build: async (w, role) => {
      const open = (await myTickets(w, role)).find((t) => LIKELY.support?.includes(t.status))
      if (!open) throw new Missing('no open ticket of mine')
      return { ...byId(open), body: { photos: [await w.upload(role)] } }
    },
  },
  'GET /workbench/tickets': { build: async () => ({ query: { filter: 'all' } }) },
  'GET /workbench/tickets/:id': {
    build: async (w) => {
      const [first] = await queue(w)
      if (!first) throw new Missing('the grid worker has no tickets')
      return byId(first)
    },
  },
  'GET /workbench/tickets/:id/merge-candidates': { build: async (w) => byId(await queued(w, 'merge')) },
  'POST /tickets/:id/accept': { build: async (w) => byId(await queued(w, 'accept')) },
  'POST /tickets/:id/reject': {
    build: async (w) => ({
      ...byId(await queued(w, 'reject')),
      body: { reason: '经核实，问题不在本网格职责内' },
    }),
  },
  'POST /tickets/:id/merge': {
    build: async (w) => {
      const t = await queued(w, 'merge')
      const { items } = await mergeCandidates(w, t.id)
      if (!items[0]) throw new Missing('no merge candidate')
      return { ...byId(t), body: { intoId: items[0].id } }
    },
  },
  'POST /tickets/:id/dispatch': { build: async (w) => ({ ...byId(await queued(w, 'dispatch')), body: {} }) },
  'POST /tickets/:id/resolve': {
    build: async (w) => {
      const t = await queued(w, 'resolve')
      return { ...byId(t), body: { note: '已现场处理完毕', photos: [await w.upload('grid_worker')] } }
    },
  },
}
