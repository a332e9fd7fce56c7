import type { Notification, Role } from '@/contract'
import { ROUTES } from '@/components/routes'

/**
 * The page a message opens, or null when it is about nothing to open: a ticket (a grid worker
 * handles it in the workbench, everyone else follows it on its own page), a voucher, an activity,
 * or for any other points message 我的积分 with its 积分明细.
 */
export function messageTarget(m: Notification, role: Role | undefined): string | null {
  if (m.ticketId) {
    return role === 'grid_worker' ? ROUTES.workbenchTicket(m.ticketId) : ROUTES.ticket(m.ticketId)
  }
  if (m.voucherId) return ROUTES.voucher(m.voucherId)
  if (m.activityId) return ROUTES.activity(m.activityId)
  if (m.kind === 'points') return ROUTES.points
  return null
}
