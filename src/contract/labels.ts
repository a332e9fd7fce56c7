import type { Role } from './common'
import type { StatusFilter, TicketEventKind, TicketStatus } from './tickets'
import type { ActivityAudience, ActivityStatus, ParticipationStatus } from './volunteer'
import type { LedgerReason, VoucherStatus } from './points'
import type { WorkbenchFilter } from './workbench'
import type { NotificationKind } from './notifications'

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
  recategorized: '网格员改派',
  supervised: '网格员督办',
  photos_added: '居民补充',
}

export const ACTIVITY_AUDIENCE_LABELS: Record<ActivityAudience, string> = {
  resident: '居民活动',
  merchant: '商户活动',
}

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  open: '报名中',
  closed: '报名截止',
  ongoing: '进行中',
  ended: '已结束',
}

export const PARTICIPATION_STATUS_LABELS: Record<ParticipationStatus, string> = {
  signed_up: '已报名',
  checked_in: '已签到',
  completed: '已完成',
  absent: '未参加',
  cancelled: '已取消',
}

export const LEDGER_REASON_LABELS: Record<LedgerReason, string> = {
  report_accepted: '上报被受理',
  rating: '评价办结',
  activity: '志愿服务',
  redemption: '兑换礼品',
  refund: '积分退回',
  expiry: '积分过期',
}

export const VOUCHER_STATUS_LABELS: Record<VoucherStatus, string> = {
  issued: '待使用',
  used: '已使用',
  cancelled: '已取消',
  expired: '已过期',
}

/** Tabs of the grid worker's queue; 待处理 also holds accepted tickets still to dispatch or resolve. */
export const WORKBENCH_FILTER_LABELS: Record<WorkbenchFilter, string> = {
  pending: '待处理',
  dispatched: '已派单',
  overdue: '超期',
  all: '全部',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  ticket: '问题进度',
  points: '积分变动',
  activity: '志愿活动',
  system: '系统通知',
}
