import type { z } from 'zod'
import type { ListQuery } from '@/contract/tickets'

/** What a list asks for, without paging: each distinct one is its own cached list. */
export type ListParams = Omit<z.input<typeof ListQuery>, 'cursor' | 'limit'>

/** Everything about tickets lives under one root, so the report form can invalidate it all. */
export const ticketsKey = ['tickets'] as const
export const ticketListsKey = ['tickets', 'list'] as const
export const ticketListKey = (params: ListParams) => ['tickets', 'list', params] as const
export const ticketKey = (id: string) => ['tickets', 'detail', id] as const
