import { useEffect, useRef, useState } from 'react'
import type { TrackPoint } from '@/contract'
import { useSendPoints } from '@/data/patrols'
import { watchTrack } from '@/platform/track'

/** Send the positions gathered so far this often, or sooner when this many wait. */
const SEND_EVERY_MS = 30_000
const SEND_AT = 20

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * While a patrol runs (in the foreground), positions are sampled and sent in batches; a batch
 * that fails stays and goes with the next one. Returns the last problem with the location, if
 * any, and how many positions were recorded on this device.
 */
export function usePatrolTrack(patrolId: string | null) {
  const send = useSendPoints()
  const pending = useRef<TrackPoint[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [count, setCount] = useState(0)
  const [last, setLast] = useState<{ lat: number; lng: number } | null>(null)

  useEffect(() => {
    if (!patrolId) return undefined
    const flush = () => {
      if (pending.current.length === 0 || send.isPending) return
      const points = pending.current.slice(0, 200)
      send.mutate(
        { id: patrolId, points },
        { onSuccess: () => (pending.current = pending.current.slice(points.length)) },
      )
    }
    const watch = watchTrack((s) => {
      setProblem(null)
      setLast({ lat: s.lat, lng: s.lng })
      pending.current.push({ lat: s.lat, lng: s.lng, at: iso(s.at) })
      setCount((c) => c + 1)
      if (pending.current.length >= SEND_AT) flush()
    }, setProblem)
    const timer = setInterval(flush, SEND_EVERY_MS)
    return () => {
      watch.stop()
      clearInterval(timer)
      flush()
    }
    // the watch follows the patrol; send is stable enough for a flush
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [patrolId])

  /** Sends what is waiting now (before 结束巡查). */
  const flushNow = async () => {
    if (!patrolId || pending.current.length === 0) return
    const points = pending.current.slice(0, 200)
    try {
      await send.mutateAsync({ id: patrolId, points })
      pending.current = pending.current.slice(points.length)
    } catch {
      // kept for the next try; finishing still works, the track just ends earlier
    }
  }
  return { problem, count, last, flushNow }
}
