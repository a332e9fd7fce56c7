import type { WorkbenchFilter } from '@/contract'

/** Everything of the workbench lives under one root: an action invalidates it all. */
export const workbenchKey = ['workbench'] as const
export const summaryKey = ['workbench', 'summary'] as const
export const queuesKey = ['workbench', 'queue'] as const
export const queueKey = (filter: WorkbenchFilter) => ['workbench', 'queue', filter] as const
export const workbenchTicketKey = (id: string) => ['workbench', 'ticket', id] as const
export const candidatesKey = (id: string) => ['workbench', 'candidates', id] as const

/** Other features' caches an action makes stale, by their roots only (features never import each other). */
export const TICKETS_ROOT = ['tickets'] as const
export const MESSAGES_ROOT = ['messages'] as const
