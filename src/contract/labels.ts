import type { Role } from './common'
import type { StatusFilter, TicketEventKind, TicketStatus } from './tickets'

/** The one source of the Chinese names of roles. */
export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  merchant: '商户',
  grid_worker: '网格员',
}


export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  dispatched: '已派单',
  processing: '处理中',
  resolved: '已办结',
  closed: '已评价',
  rejected: '不予受理',
  merged: '已合并',
}

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: '全部',
  pending: '待受理',
  in_progress: '处理中',
  resolved: '已办结',
  closed: '已评价',
  ended: '未受理',
}

/** Which statuses each tab of 我的上报 shows. */
export const STATUS_FILTER_MEMBERS: Record<StatusFilter, readonly TicketStatus[]> = {
  all: ['submitted', 'accepted', 'dispatched', 'processing', 'resolved', 'closed', 'rejected', 'merged'],
  pending: ['submitted'],
  in_progress: ['accepted', 'dispatched', 'processing'],
  resolved: ['resolved'],
  closed: ['closed'],
  ended: ['rejected', 'merged'],
}

export const EVENT_LABELS: Record<TicketEventKind, string> = {
  submitted: '提交上报',
  accepted: '网格员受理',
  rejected: '不予受理',
  merged: '合并到相同问题',
  dispatched: '派单到职能部门',
  processing: '部门开始处理',
  resolved: '处理完成',
  urged: '居民催办',
  rated: '居民评价',
  reopened: '重新处理',
  closed: '办结归档',
  supported: '有居民也遇到此问题',
}
