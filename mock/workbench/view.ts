import type { DispatchPreview, MergeCandidate, WorkbenchItem, WorkbenchTicket } from '../../src/contract'
import { formatIso } from '../clock'
import { findGrid } from '../seed-places'
import { findLeafCategory } from '../seed-reference'
import type { StoredUser } from '../state'
import { canApply } from '../tickets/lifecycle'
import { mergeCandidates, type MergeCandidate as Candidate } from '../tickets/merge'
import type { StoredTicket } from '../tickets/model'
import { seedPhoto } from '../tickets/photos'
import { HOUR_MS, lastUrgedAt } from '../tickets/rules'
import { actorOf, toSummary, toTicket } from '../tickets/view'

/** How a ticket looks on the workbench: the resident's view plus urges, rights and a dispatch preview. */

function urges(t: StoredTicket) {
  const last = lastUrgedAt(t)
  return {
    urgeCount: t.timeline.filter((e) => e.kind === 'urged').length,
    lastUrgedAt: last === null ? null : formatIso(last),
  }
}

export function toWorkbenchItem(t: StoredTicket, now: number): WorkbenchItem {
  // only the grid's own worker reaches the workbench: the text as typed
  return { ...toSummary(t, now, true), ...urges(t) }
}

function dispatchPreview(t: StoredTicket, now: number): DispatchPreview | null {
  const leaf = findLeafCategory(t.categoryId)
  if (!leaf) return null
  return {
    departmentId: leaf.departmentId,
    departmentName: leaf.departmentName,
    slaHours: leaf.slaHours,
    deadline: formatIso(now + leaf.slaHours * HOUR_MS),
  }
}

/** `tickets`: all of them, for the merge candidates. `can` dry-runs the engine, as the POSTs will. */
export function toWorkbenchTicket(
  t: StoredTicket,
  viewer: StoredUser,
  now: number,
  tickets: readonly StoredTicket[],
): WorkbenchTicket {
  const base = toTicket(t, viewer, now)
  const actor = actorOf(viewer)
  const photos = [seedPhoto(t.categoryId, 1, true)]
  const can = (action: Parameters<typeof canApply>[1]) => canApply(t, action, actor, now)
  const dispatch = can({ type: 'dispatch' })
  return {
    ...base,
    ...urges(t),
    gridName: findGrid(t.gridId)?.grid.name ?? '',
    can: {
      ...base.can,
      accept: can({ type: 'accept' }),
      reject: can({ type: 'reject', reason: '不予受理' }),
      merge: can({ type: 'merge', intoId: '-' }) && mergeCandidates(tickets, t).length > 0,
      dispatch,
      resolve: can({ type: 'resolveOnSpot', note: '已处理', photos }),
    },
    dispatchPreview: dispatch ? dispatchPreview(t, now) : null,
  }
}

export function toMergeCandidate(c: Candidate, now: number): MergeCandidate {
  return {
    ...toSummary(c.ticket, now, true),
    distanceMeters: Math.round(c.distance),
    sameCategory: c.sameCategory,
  }
}
