import type { Notification } from '../../src/contract'
import { formatIso } from '../clock'
import { validationFailed } from '../errors'
import type { StoredNotification } from './model'

export const DEFAULT_PAGE_SIZE = 20

/**
 * The message centre lists newest first, by (at, number). The cursor names the last message a
 * page showed, so new messages arriving meanwhile (they are newer) never shift the next page.
 */
interface Position {
  at: number
  seq: number
}

function positionOf(m: StoredNotification): Position {
  return { at: m.at, seq: Number(m.id.slice(2)) }
}

function newestFirst(a: Position, b: Position): number {
  return b.at - a.at || b.seq - a.seq
}

function encode(p: Position): string {
  return `${p.at.toString(36)}.${p.seq.toString(36)}`
}

function decode(cursor: string): Position {
  const match = /^([0-9a-z]{1,12})\.([0-9a-z]{1,8})$/.exec(cursor)
  if (!match) throw validationFailed({ cursor: '列表已过期，请下拉刷新' })
  return { at: parseInt(match[1], 36), seq: parseInt(match[2], 36) }
}

export function pageMessages(
  mine: readonly StoredNotification[],
  cursor: string | undefined,
  limit = DEFAULT_PAGE_SIZE,
): { items: StoredNotification[]; nextCursor: string | null } {
  const after = cursor === undefined ? null : decode(cursor)
  const sorted = mine
    .map((m) => ({ m, p: positionOf(m) }))
    .filter(({ p }) => after === null || newestFirst(after, p) < 0)
    .sort((a, b) => newestFirst(a.p, b.p))
  const shown = sorted.slice(0, limit)
  return {
    items: shown.map(({ m }) => m),
    nextCursor: sorted.length > limit ? encode(shown[shown.length - 1].p) : null,
  }
}

export function toNotification(m: StoredNotification): Notification {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    at: formatIso(m.at),
    read: m.readAt !== null,
    ticketId: m.ticketId,
    activityId: m.activityId,
    voucherId: m.voucherId,
  }
}
