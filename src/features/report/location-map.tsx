import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { GeoPoint } from '@/contract'
import { errorMessage } from '@/api'
import type { View as MapState } from '@/components/map/map-view'
import { boundsAround } from '@/components/map/projection'
import { reverseGeocode } from '@/data/reference'
import { AreaMap } from '@/entities/ticket/area-map'
import type { DraftLocation } from './draft'

/** How long the map must rest before the address under the pin is looked up. */
const SETTLE_MS = 250
/** The pin's first view: about two streets around it. */
const START_METERS = 250

interface Props {
  start: GeoPoint
  /** why the map starts where it does, when it is not where the person stands */
  startNote?: string | null
  /** the start is already the report's place (its typed address is kept until the map moves) */
  startPicked?: boolean
  onPick: (l: DraftLocation) => void
  onChooseCommunity: () => void
}

type Lookup =
  | { state: 'busy' }
  | { state: 'done'; location: DraftLocation }
  | { state: 'failed'; message: string; point: GeoPoint }

/**
 * Pick the place on a map: the pin stays in the middle, the map moves under it (drag, or tap
 * a spot to bring it there). Whatever lies under the pin is looked up with /geo/reverse; out
 * of the service area the pin turns red and 选择社区 is the way out.
 */
export function LocationMap({ start, startNote, startPicked = false, onPick, onChooseCommunity }: Props) {
  const fit = useMemo(() => boundsAround(start, START_METERS), [start])
  const [view, setView] = useState<MapState | null>(null)
  const [lookup, setLookup] = useState<Lookup>({ state: 'busy' })
  const asked = useRef(0)
  const pickRef = useRef(onPick)
  useLayoutEffect(() => {
    pickRef.current = onPick
  })
  const startRef = useRef(startPicked ? start : null)

  const lookUp = useCallback((point: GeoPoint) => {
    const n = ++asked.current
    setLookup({ state: 'busy' })
    reverseGeocode(point).then(
      (geo) => {
        if (n !== asked.current) return
        const location: DraftLocation = {
          point,
          address: geo.address,
          communityName: geo.communityName,
          gridName: geo.gridName,
          inServiceArea: geo.inServiceArea,
          source: 'map',
        }
        setLookup({ state: 'done', location })
        const s = startRef.current
        startRef.current = null
        // the map framing the report's own place is no new choice: keep the address typed for it
        if (!s || Math.abs(s.lat - point.lat) + Math.abs(s.lng - point.lng) > 1e-6) pickRef.current(location)
      },
      (e: unknown) => n === asked.current && setLookup({ state: 'failed', message: errorMessage(e), point }),
    )
  }, [])

  // looked up once the map rests: a drag across town asks once, not on every frame
  const center = view?.center
  useEffect(() => {
    if (!center) return
    const t = setTimeout(() => lookUp(center), SETTLE_MS)
    return () => clearTimeout(t)
  }, [center, lookUp])

  const onView = useCallback((v: MapState) => setView(v), [])
  const onTapMap = useCallback((p: GeoPoint) => setView((v) => (v ? { ...v, center: p } : v)), [])

  const out = lookup.state === 'done' && !lookup.location.inServiceArea
  return (
    <View className='location-map'>
      <AreaMap
        label='选择问题地点的地图'
        className='location-map__map'
        view={view}
        onView={onView}
        fit={fit}
        centerPin={lookup.state === 'busy' ? 'busy' : out ? 'bad' : 'ok'}
        onTapMap={onTapMap}
      />
      {startNote && <Text className='hint'>{startNote}</Text>}
      <View className='location-map__under' aria-live='polite'>
        {lookup.state === 'busy' && <Text className='muted'>正在查找图钉处的地址…</Text>}
        {lookup.state === 'failed' && (
          <>
            <Text className='form-error'>{lookup.message}</Text>
            <Button className='btn btn--small' onClick={() => lookUp(lookup.point)}>
              重试
            </Button>
          </>
        )}
        {lookup.state === 'done' && (
          <>
            <Text className='location-map__address'>图钉处：{lookup.location.address}</Text>
            {out ? (
              <View className='location-map__out'>
                <Text className='form-error'>
                  这里不在服务范围内，暂时无法受理。请把图钉拖到社区范围（蓝色区域）内，或
                </Text>
                <Button className='btn btn--small btn--primary' onClick={onChooseCommunity}>
                  选择社区
                </Button>
              </View>
            ) : (
              <Text className='muted'>
                {lookup.location.communityName} · {lookup.location.gridName}
              </Text>
            )}
          </>
        )}
        <Text className='muted'>拖动地图，让图钉对准问题所在的位置；也可以直接点地图上的地方。</Text>
      </View>
    </View>
  )
}
