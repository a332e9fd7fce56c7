import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import {
  type CreateTicketBody,
  type ListQuery,
  type RatingBody,
  type Ticket,
  type TicketListItem,
} from '@/contract'
import { endpoints as api } from '@/contract/tickets'
import { call, queryClient } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, patchInfinite, usePaged } from './paged'
import { useSingleFlight, useWrite } from './write'

/** What a list asks for, without paging: each distinct one is its own cached list. */
export type ListParams = Omit<z.input<typeof ListQuery>, 'cursor' | 'limit'>

export const ticketKeys = {
  all: roots.tickets,
  lists: [...roots.tickets, 'list'] as const,
  list: (params: ListParams) => [...roots.tickets, 'list', params] as const,
  detail: (id: string) => [...roots.tickets, 'detail', id] as const,
  nearby: (lat: number, lng: number, categoryId: string) =>
    [...roots.tickets, 'nearby', lat, lng, categoryId] as const,
}

const fetchTicket = (id: string) => call(api.getTicket, { params: { id } })

export function useTicket(id: string) {
  return useQuery({ queryKey: ticketKeys.detail(id), queryFn: () => fetchTicket(id), enabled: !!id })
}

/**
 * The detail of a ticket only if it is already cached (a board row reads whether it is mine),
 * with `refresh` to fetch it when the server says the row was out of date.
 */
export function useCachedTicket(id: string) {
  const qc = useQueryClient()
  const detail = useQuery({ queryKey: ticketKeys.detail(id), queryFn: () => fetchTicket(id), enabled: false })
  const refresh = () =>
    void qc
      .fetchQuery({ queryKey: ticketKeys.detail(id), queryFn: () => fetchTicket(id), staleTime: 0 })
      .catch(() => undefined)
  return { detail: detail.data, refresh }
}

/** Endless paging over GET /tickets (我的上报, the public board); `null` waits for the place. */
export function useTicketList(params: ListParams | null) {
  return usePaged(
    params ? ticketKeys.list(params) : ticketKeys.lists,
    (cursor) => call(api.listTickets, { query: { ...params!, cursor, limit: PAGE_SIZE } }),
    params !== null,
  )
}

export type TicketListState = ReturnType<typeof useTicketList>

/** Similar open tickets near a point, before a report is filed. */
export function useNearbyTickets(point: { lat: number; lng: number } | null, categoryId: string | null) {
  return useQuery({
    queryKey: ticketKeys.nearby(point?.lat ?? 0, point?.lng ?? 0, categoryId ?? ''),
    queryFn: () =>
      call(api.nearbyTickets, { query: { lat: point!.lat, lng: point!.lng, categoryId: categoryId! } }),
    enabled: !!point && !!categoryId,
  })
}

/** The fields of a list row that an action on the ticket can change. */
function patchRow(row: TicketListItem, t: Ticket): TicketListItem {
  const { status, supportCount, overdue, deadline, updatedAt, supportedByMe } = t
  return {
    ...row,
    status,
    supportCount,
    overdue,
    deadline,
    updatedAt,
    supportedByMe,
    can: { support: t.can.support },
  }
}

/**
 * A ticket changed by an action: the detail shows the server's answer at once, rows that
 * show it are patched in place (no jump while reading), and every list is marked stale so
 * it refetches the next time it is shown (a reopened ticket moves to another tab).
 */
export function useApplyTicket() {
  const qc = useQueryClient()
  return (t: Ticket) => {
    qc.setQueryData(ticketKeys.detail(t.id), t)
    patchInfinite<TicketListItem>(qc, ticketKeys.lists, (r) => (r.id === t.id ? patchRow(r, t) : r))
    void qc.invalidateQueries({ queryKey: ticketKeys.lists, refetchType: 'none' })
  }
}

export function useUrgeTicket(id: string) {
  return useWrite(api.urgeTicket, () => ({ params: { id } }), { onSuccess: useApplyTicket() })
}

export function useRateTicket(id: string) {
  return useWrite(api.rateTicket, (body: z.input<typeof RatingBody>) => ({ params: { id }, body }), {
    onSuccess: useApplyTicket(),
  })
}

export function useReopenTicket(id: string) {
  return useWrite(api.reopenTicket, (reason: string) => ({ params: { id }, body: { reason } }), {
    onSuccess: useApplyTicket(),
  })
}

/** 我也遇到 on any ticket: the detail's button, a board row's +1, the report form's duplicates. */
export function useSupportTicket() {
  return useWrite(api.supportTicket, (id: string) => ({ params: { id } }), { onSuccess: useApplyTicket() })
}

/** 居民补充: my own uploaded photos onto a ticket I reported or pressed 我也遇到 on. */
export function useAddTicketPhotos() {
  return useWrite(
    api.addTicketPhotos,
    (v: { id: string; photos: string[] }) => ({ params: { id: v.id }, body: { photos: v.photos } }),
    { onSuccess: useApplyTicket() },
  )
}

/**
 * Files a report that waited on the device for the network (no form on screen): same key as
 * when it was queued, so a report the server did receive before the connection dropped is
 * answered with that ticket instead of a second one.
 */
export async function fileQueuedReport(body: CreateTicketBody, idempotencyKey: string): Promise<Ticket> {
  const t = await call(api.createTicket, { body, idempotencyKey })
  queryClient.setQueryData(ticketKeys.detail(t.id), t)
  void queryClient.invalidateQueries({ queryKey: ticketKeys.all })
  return t
}

/**
 * Files a report. Its Idempotency-Key lives in the draft (it must survive the app being
 * killed), so the caller passes it; data/write's definitelyRefused says when to renew it.
 */
export function useCreateTicket() {
  const qc = useQueryClient()
  const mutation = useMutation({
    mutationFn: (v: { body: CreateTicketBody; idempotencyKey: string }) => call(api.createTicket, v),
    onSuccess: (t) => {
      qc.setQueryData(ticketKeys.detail(t.id), t)
      void qc.invalidateQueries({ queryKey: ticketKeys.all })
    },
  })
  return useSingleFlight(mutation)
}
