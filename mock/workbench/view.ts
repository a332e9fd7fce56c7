import type { DispatchPreview, MergeCandidate, WorkbenchItem, WorkbenchTicket } from '../../src/contract'
import { formatIso } from '../clock'
import { findGrid } from '../seed-places'
import { findLeafCategory } from '../seed-reference'
import type { StoredUser } from '../state'
import { canApply } from '../tickets/lifecycle'
import { mergeCandidates, type MergeCandidate as Candidate } from '../tickets/merge'
import type { StoredTicket } from '../tickets/model'
import { seedPhoto } from '../tickets/photos'
import {
  acceptBy,
  HOUR_MS,
  isAcceptLate,
  isOverdue,
  isReopened,
  lastSupervisedAt,
  lastUrgedAt,
  overdueHours,
  SUPERVISE_INTERVAL_MS,
} from '../tickets/rules'
import { DEPARTMENTS } from '../seed-reference'
import { actorOf, toSummary, toTicket } from '../tickets/view'

/** How a ticket looks on the workbench: the resident's view plus urges, rights and a dispatch preview. */

function urges(t: StoredTicket) {
  const last = lastUrgedAt(t)
  return {
    urgeCount: t.timeline.filter((e) => e.kind === 'urged').length,
    lastUrgedAt: last === null ? null : formatIso(last),
  }
}

/** The flags of the queue: lateness, 受理时限, 重办. */
function flags(t: StoredTicket, now: number) {
  const by = acceptBy(t)
  return {
    overdueHours: overdueHours(t, now),
    reopened: isReopened(t),
    acceptLate: isAcceptLate(t, now),
    acceptBy: by === null ? null : formatIso(by),
  }
}

export function toWorkbenchItem(t: StoredTicket, now: number): WorkbenchItem {
  // only the grid's own worker reaches the workbench: the text as typed
  return {
    ...toSummary(t, now, true),
    ...urges(t),
    ...flags(t, now),
    departmentName: DEPARTMENTS.find((d) => d.id === t.departmentId)?.name ?? null,
  }
}

function maySupervise(t: StoredTicket, now: number): boolean {
  const last = lastSupervisedAt(t)
  return isOverdue(t, now) && (last === null || now - last >= SUPERVISE_INTERVAL_MS)
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

function otherCategory(id: string): string {
  return id === 'cat-road-lamp' ? 'cat-road-pothole' : 'cat-road-lamp'
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
    ...flags(t, now),
    gridName: findGrid(t.gridId)?.grid.name ?? '',
    // the workbench only ever answers the grid's own worker (access.gridTicket): the number in
    // full, to call; an anonymous reporter stays anonymous to the grid worker too
    reporterPhone: t.anonymous ? null : t.contactPhone,
    can: {
      ...base.can,
      accept: can({ type: 'accept' }),
      reject: can({ type: 'reject', reason: '不予受理' }),
      merge: can({ type: 'merge', intoId: '-' }) && mergeCandidates(tickets, t).length > 0,
      dispatch,
      resolve: can({ type: 'resolveOnSpot', note: '已处理', photos }),
      recategorize: can({
        type: 'recategorize',
        categoryId: otherCategory(t.categoryId),
        reason: '分类有误',
      }),
      supervise: maySupervise(t, now) && can({ type: 'supervise' }),
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
