import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type HazardBody, type TrackPoint } from '@/contract'
import { endpoints as api } from '@/contract/patrols'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, usePaged } from './paged'
import { useWrite } from './write'

/** 巡查: under the workbench root, so a hazard reported refreshes the queue and the statistics too. */
export const patrolKeys = {
  all: [...roots.workbench, 'patrols'] as const,
  list: [...roots.workbench, 'patrols', 'list'] as const,
  one: (id: string) => [...roots.workbench, 'patrols', 'one', id] as const,
}

export function usePatrols(enabled: boolean) {
  return usePaged(
    patrolKeys.list,
    (cursor) => call(api.listPatrols, { query: { cursor, limit: PAGE_SIZE } }),
    enabled,
  )
}

export function usePatrol(id: string | null) {
  return useQuery({
    queryKey: patrolKeys.one(id ?? ''),
    queryFn: () => call(api.getPatrol, { params: { id: id ?? '' } }),
    enabled: !!id,
  })
}

function useRefresh() {
  const qc = useQueryClient()
  return () => void qc.invalidateQueries({ queryKey: roots.workbench })
}

export function useStartPatrol() {
  return useWrite(api.startPatrol, () => ({}), { onSuccess: useRefresh() })
}

export function useFinishPatrol() {
  return useWrite(api.finishPatrol, (id: string) => ({ params: { id } }), { onSuccess: useRefresh() })
}

/** Positions are sent in batches; a batch that fails is kept by the caller and sent again with the next. */
export function useSendPoints() {
  return useWrite(api.addPatrolPoints, (vars: { id: string; points: TrackPoint[] }) => ({
    params: { id: vars.id },
    body: { points: vars.points },
  }))
}

export function useReportHazard() {
  return useWrite(
    api.reportHazard,
    (vars: { id: string; body: HazardBody }) => ({
      params: { id: vars.id },
      body: vars.body,
    }),
    { onSuccess: useRefresh() },
  )
}
