import { finish, hasten, takeOn } from '../department/work'
import { notifyGridWorkers } from '../notifications/grid-worker-messages'
import { notify } from '../notifications/service'
import { ticketMessages } from '../notifications/ticket-messages'
import type { Store } from '../store'
import type { StoredTicket } from './model'

/**
 * What follows a stored change of a ticket, for each event it added, whoever caused it: a route
 * through commands.perform(), or the clock through repo.settledTickets() (the department, the
 * 7-day auto-close). The one place ticket events become messages and department work.
 */
export function afterChange(store: Store, before: StoredTicket, after: StoredTicket): void {
  for (const event of after.timeline.slice(before.timeline.length)) {
    for (const { userId, input } of ticketMessages(after, event)) notify(store, userId, input)
    notifyGridWorkers(store, after, event)
    if (event.kind === 'dispatched') takeOn(store, after, event.at)
    // 改派 of a dispatched ticket: the new department starts afresh
    if (
      event.kind === 'recategorized' &&
      after.dispatchedAt !== before.dispatchedAt &&
      after.dispatchedAt !== null
    )
      takeOn(store, after, after.dispatchedAt)
    if (event.kind === 'supervised') hasten(store, after.id, event.at)
    if (event.kind === 'resolved') finish(store, after.id)
  }
}
