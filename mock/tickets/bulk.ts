import { CATEGORY_TREE } from '../seed-reference'
import type { StoredTicket } from './model'
import { ticketId } from './model'
import { slaHoursOf } from './rules'
import { playStory, type Step, type Story } from './seed-story'
import { PROBLEMS, REJECT_REASONS, RATINGS } from './seed-texts'

/** Where a generated ticket ends up. */
export type Outcome =
  | 'submitted'
  | 'accepted'
  | 'dispatched'
  | 'processing'
  | 'resolved'
  | 'rated'
  | 'autoClosed'
  | 'rejected'
  | 'merged'

export interface BulkOptions {
  count: number
  reporters: readonly string[]
  /** people who may press 我也遇到 (never the reporter) */
  supporters: readonly string[]
  communities: readonly { id: string; radiusMeters: number }[]
  firstSeq: number
  now: number
  rng: () => number
  /** relative weights of the outcomes */
  mix: Partial<Record<Outcome, number>>
}

const LEAVES = CATEGORY_TREE.flatMap((g) => g.children.map((c) => c.id))
const ENDINGS = ['', '，麻烦尽快处理', '，希望早点解决', '，存在安全隐患', '，周边居民反映好几次了']

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]
}

function between(rng: () => number, min: number, max: number): number {
  return Math.round((min + rng() * (max - min)) * 10) / 10
}

function weighted(rng: () => number, mix: BulkOptions['mix']): Outcome {
  const entries = Object.entries(mix) as [Outcome, number][]
  let roll = rng() * entries.reduce((sum, [, w]) => sum + w, 0)
  for (const [outcome, weight] of entries) {
    roll -= weight
    if (roll < 0) return outcome
  }
  return entries[entries.length - 1][0]
}

/** The steps of one outcome, times in hours ago, oldest first; also when it was created. */
function plan(
  rng: () => number,
  outcome: Outcome,
  sla: number,
  mergeInto: string | null,
): { created: number; steps: Step[] } {
  const resolvedAgo =
    outcome === 'resolved'
      ? between(rng, 1, 160)
      : outcome === 'autoClosed'
        ? between(rng, 175, 2000)
        : between(rng, 30, 2000)
  switch (outcome) {
    case 'submitted':
      return { created: between(rng, 0.5, 72), steps: [] }
    case 'accepted': {
      const created = between(rng, 3, 120)
      return { created, steps: [['accept', created - between(rng, 0.5, 2)]] }
    }
    case 'dispatched':
    case 'processing': {
      const created = between(rng, 6, 240)
      const dispatched = created - between(rng, 1, 4)
      const steps: Step[] = [
        ['accept', created - 0.5],
        ['dispatch', dispatched],
      ]
      const started = dispatched * between(rng, 0.2, 0.9)
      if (outcome === 'processing') steps.push(['start', started])
      // some reporters urge a late ticket
      if (dispatched > sla && rng() < 0.5) steps.push(['urge', Math.min(started, dispatched - sla) * 0.5])
      return { created, steps }
    }
    case 'rejected':
    case 'merged': {
      const created = between(rng, 2, 2000)
      const decided = created - Math.min(created / 2, between(rng, 0.5, 20))
      return outcome === 'merged' && mergeInto
        ? { created, steps: [['merge', decided, mergeInto]] }
        : { created, steps: [['reject', decided, pick(rng, REJECT_REASONS)]] }
    }
    default: {
      const took = between(rng, 2, Math.max(3, sla * 1.5))
      const created = resolvedAgo + took + 2
      const steps: Step[] = [
        ['accept', created - 1],
        ['dispatch', created - 2],
        ['start', created - 2 - took / 3],
        ['resolve', resolvedAgo],
      ]
      if (outcome === 'rated') {
        const rating = pick(rng, RATINGS)
        steps.push([
          'rate',
          resolvedAgo - between(rng, 0.5, Math.min(100, resolvedAgo - 0.2)),
          rating.stars,
          rating.comment,
        ])
      }
      return { created, steps }
    }
  }
}

/** Varied tickets played through the lifecycle engine: the seed's history and POST /dev/seed-tickets. */
export function generateTickets(o: BulkOptions): StoredTicket[] {
  const out: StoredTicket[] = []
  for (let i = 0; i < o.count; i++) {
    const categoryId = pick(o.rng, LEAVES)
    const reporter = pick(o.rng, o.reporters)
    const community = pick(o.rng, o.communities)
    const outcome = weighted(o.rng, o.mix)
    const r = community.radiusMeters * 0.85 * Math.sqrt(o.rng())
    const angle = o.rng() * 2 * Math.PI
    const { created, steps } = plan(
      o.rng,
      outcome,
      slaHoursOf(categoryId),
      out.length > 0 ? pick(o.rng, out).id : null,
    )
    const open = outcome !== 'rejected' && outcome !== 'merged'
    const supporter = pick(o.rng, o.supporters)
    if (open && supporter !== reporter && o.rng() < 0.25) steps.unshift(['support', created - 0.2, supporter])
    const story: Story = {
      reporter,
      categoryId,
      description: pick(o.rng, PROBLEMS[categoryId]) + pick(o.rng, ENDINGS),
      communityId: community.id,
      offset: [r * Math.cos(angle), r * Math.sin(angle)],
      hoursAgo: created,
      anonymous: o.rng() < 0.15,
      photoCount: 1 + Math.floor(o.rng() * 3),
      steps,
    }
    out.push(playStory(story, ticketId(o.firstSeq + i), o.now))
  }
  return out
}
