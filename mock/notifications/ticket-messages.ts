import { formatIso } from '../clock'
import { DEPARTMENTS, findLeafCategory } from '../seed-reference'
import type { StoredEvent, StoredTicket } from '../tickets/model'
import { HOUR_MS, slaHoursOf } from '../tickets/rules'
import { maskPersonalData } from '../privacy/personal-data'
import type { NotificationInput } from './model'

/**
 * What a ticket's event tells the people who follow it, in words a 70-year-old reads at a
 * glance. The reporter hears of every status change someone else made (not of their own
 * urging, rating or reopening); people who pressed 我也遇到 hear when it is resolved. The live
 * path (tickets/effects.ts) and the seed both use this, so seeded messages read like real ones.
 */

export interface Recipient {
  userId: string
  input: NotificationInput
}

/** 11月30日 08:30, Zhengzhou time. */
export function shortTime(ms: number): string {
  const [, month, day, hour, minute] = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(formatIso(ms)) ?? []
  return `${Number(month)}月${Number(day)}日 ${hour}:${minute}`
}

function categoryName(t: StoredTicket): string {
  return findLeafCategory(t.categoryId)?.name ?? '问题'
}

/** Where it went: the ticket's department, or (reopened since) the category's own. */
function departmentName(t: StoredTicket): string {
  const id = t.departmentId ?? findLeafCategory(t.categoryId)?.departmentId
  return DEPARTMENTS.find((d) => d.id === id)?.name ?? '职能部门'
}

/** A note as the end of a sentence: one full stop, whatever the note ended with. */
function sentence(note: string | null, fallback: string): string {
  const text = (note ?? '').trim().replace(/[。.！!，,；;\s]+$/u, '')
  return `${text || fallback}。`
}

/** The reporter's message for an event, or null when there is nothing to tell them. */
function forReporter(t: StoredTicket, e: StoredEvent): { title: string; body: string } | null {
  const mine = `您上报的「${categoryName(t)}」`
  switch (e.kind) {
    case 'accepted':
      return { title: '上报已受理', body: `${mine}已受理，网格员会尽快安排处理。` }
    case 'rejected':
      return { title: '上报未受理', body: `${mine}没有受理。原因：${sentence(e.note, '未说明')}` }
    case 'merged':
      return {
        title: '上报已合并',
        body: `${mine}和附近已有人报过的问题是同一件事，已经合在一起处理，进度请看合并后的问题。`,
      }
    case 'dispatched': {
      // the deadline is always the dispatch plus the category's SLA, also for an earlier dispatch
      const deadline = shortTime(e.at + slaHoursOf(t.categoryId) * HOUR_MS)
      return { title: '已派单', body: `${mine}已派给 ${departmentName(t)}，承诺 ${deadline} 前办结。` }
    }
    case 'processing':
      return { title: '正在处理', body: `${e.actor.name ?? departmentName(t)}已经开始处理${mine}。` }
    case 'resolved':
      return {
        title: '已办结',
        body: `${mine}已处理完成：${sentence(e.note, '已处理')}请看看处理结果，满意的话给个评价吧。`,
      }
    case 'closed':
      return { title: '已归档', body: `${mine}办结已满 7 天，已自动归档。` }
    default:
      return null
  }
}

export function ticketMessages(t: StoredTicket, e: StoredEvent): Recipient[] {
  const base = { kind: 'ticket' as const, at: e.at, ticketId: t.id }
  const out: Recipient[] = []
  const own = e.actor.userId === t.reporterId
  const message = own ? null : forReporter(t, e)
  if (message) out.push({ userId: t.reporterId, input: { ...base, ...message } })
  if (e.kind === 'resolved') {
    // supporters are not the reporter: numbers typed into the note reach them masked
    const note = e.note === null ? null : maskPersonalData(e.note)
    const body = `您也遇到的「${categoryName(t)}」已处理完成：${sentence(note, '已处理')}`
    for (const userId of t.supporterIds) out.push({ userId, input: { ...base, title: '已办结', body } })
  }
  return out
}
