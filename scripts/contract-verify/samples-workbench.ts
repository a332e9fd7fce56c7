import { CategoryGroup, Patrol, PatrolSummary } from '../../src/contract'
import { z } from 'zod'
import { queued } from './samples-tickets'
import { Missing, type World } from './world'
import type { SampleTable } from './samples'

const byId = (t: { id: string }) => ({ params: { id: t.id } })

/** A category other than `id`, for 改派. */
async function otherLeaf(w: World, id: string): Promise<string> {
  const { items } = await w.get('grid_worker', '/categories', z.object({ items: z.array(CategoryGroup) }))
  const other = items.flatMap((g) => g.children).find((c) => c.id !== id)
  if (!other) throw new Missing('only one category')
  return other.id
}

/** The grid worker's running patrol, started when there is none. */
async function runningPatrol(w: World): Promise<{ id: string }> {
  const [newest] = await w.all('grid_worker', '/patrols', PatrolSummary)
  if (newest && newest.finishedAt === null) return newest
  const res = await w.session.as('grid_worker', {
    method: 'POST',
    path: '/patrols',
    headers: { 'idempotency-key': `cv-patrol-${Date.now().toString(36)}` },
  })
  const parsed = Patrol.safeParse(res.body)
  if (res.status !== 201 || !parsed.success) throw new Missing(`POST /patrols answered ${res.status}`)
  return parsed.data
}

/** Valid requests for 改派, 督办, batches, statistics and patrols, built from what the server shows. */
export const WORKBENCH_SAMPLES: SampleTable = {
  'POST /tickets/:id/recategorize': {
    build: async (w) => {
      const t = await queued(w, 'recategorize')
      return { ...byId(t), body: { categoryId: await otherLeaf(w, t.categoryId), reason: '现场核实，分类选错了' } }
    },
  },
  'POST /tickets/:id/supervise': {
    build: async (w) => ({ ...byId(await queued(w, 'supervise')), body: { note: '请尽快办结' } }),
  },
  'POST /workbench/batch': {
    build: async (w) => ({ body: { action: 'accept', ids: [(await queued(w, 'accept')).id] } }),
  },
  'GET /workbench/stats': { build: async () => ({ query: {} }) },
  'POST /patrols/:id/points': {
    build: async (w) => {
      const patrol = await runningPatrol(w)
      const place = await w.place('grid_worker')
      const at = new Date().toISOString()
      return { ...byId(patrol), body: { points: [{ lat: place.lat, lng: place.lng, at }] } }
    },
  },
  'POST /patrols/:id/hazards': {
    build: async (w) => {
      const patrol = await runningPatrol(w)
      const place = await w.place('grid_worker')
      const leaf = await w.leafCategory('grid_worker')
      const photos = [await w.upload('grid_worker')]
      const location = { lat: place.lat + 0.001, lng: place.lng }
      return { ...byId(patrol), body: { categoryId: leaf.id, photos, location, solved: false } }
    },
  },
  'POST /patrols/:id/finish': { build: async (w) => byId(await runningPatrol(w)) },
}
