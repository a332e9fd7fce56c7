import { forbidden } from '../errors'
import type { StoredUser } from '../state'
import type { Store } from '../store'
import type { StoredTicket } from '../tickets/model'
import { findTicket } from '../tickets/repo'
import { GRID_ONLY } from '../tickets/transitions'

/**
 * The workbench's own guard, before anything else about a ticket is read or checked: the
 * router has let only grid workers in; here a grid worker gets only the tickets of their grid.
 */
export function gridOf(user: StoredUser): string {
  if (!user.gridId) throw forbidden('您还没有负责的网格')
  return user.gridId
}

export function gridTicket(store: Store, user: StoredUser, id: string, now: number): StoredTicket {
  const grid = gridOf(user)
  const ticket = findTicket(store, id, now)
  if (ticket.gridId !== grid) throw forbidden(GRID_ONLY)
  return ticket
}
