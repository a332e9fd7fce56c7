import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type GeoPoint } from '@/contract'
import { errorMessage } from '@/api'
import { useMe } from '@/data/auth'
import { reverseGeocode, useCommunities } from '@/data/reference'
import { canChooseOnMap, chooseOnMap, getCurrentPosition, LocationError } from '@/platform/location'
import type { DraftLocation, LocationSource } from './draft'
import { LocationMap } from './location-map'
import { OUT_OF_AREA } from './submit'

/** The map starts here for someone with no community and no position: 创业路社区's centre. */
const FALLBACK_START: GeoPoint = { lat: 34.745417, lng: 113.631447 }

async function locate(point: GeoPoint, source: LocationSource, address?: string): Promise<DraftLocation> {
  const geo = await reverseGeocode(point)
  return {
    point,
    address: address || geo.address,
    communityName: geo.communityName,
    gridName: geo.gridName,
    inServiceArea: geo.inServiceArea,
    source,
  }
}

interface Props {
  location: DraftLocation | null
  photoPosition: GeoPoint | null
  error?: string
  onChange: (l: DraftLocation) => void
}

export function LocationSection({ location, photoPosition, error, onChange }: Props) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [picking, setPicking] = useState(false)
  const [map, setMap] = useState<{ start: GeoPoint; note: string | null; picked?: boolean } | null>(null)
  const communities = useCommunities()
  const me = useMe()

  /** The pin starts where the report already is, else the photo, else here; denied: my community. */
  const openMap = async () => {
    if (map) {
      setMap(null)
      return
    }
    const known = location?.point ?? photoPosition
    if (known) {
      setMap({ start: known, note: null, picked: known === location?.point })
      return
    }
    setBusy(true)
    try {
      setMap({ start: await getCurrentPosition(), note: null })
    } catch (e) {
      const list = communities.data?.items ?? []
      const home = list.find((c) => c.id === me.data?.communityId) ?? list[0]
      const why = e instanceof LocationError && e.message.includes('权限') ? '没有定位权限' : '暂时无法定位'
      setMap({
        start: home?.center ?? FALLBACK_START,
        note: `${why}，地图从${home ? home.name : '创业路社区'}的中心开始，请拖动到问题所在处。`,
      })
    } finally {
      setBusy(false)
    }
  }

  const run = async (get: () => Promise<DraftLocation | null>) => {
    setBusy(true)
    setProblem(null)
    try {
      const l = await get()
      if (l) onChange(l)
      setPicking(false)
    } catch (e) {
      setProblem(e instanceof LocationError ? e.message : errorMessage(e))
      setPicking(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card form-section'>
      <Text className='card__title'>问题地点</Text>
      {location ? (
        <View className='location'>
          <Input
            className='input'
            value={location.address}
            maxlength={120}
            aria-label='详细地址'
            onInput={(e) => onChange({ ...location, address: e.detail.value })}
          />
          {location.inServiceArea ? (
            <Text className='muted'>{`${location.communityName ?? ''} · ${location.gridName ?? ''}`}</Text>
          ) : (
            <View className='out-of-area' role='alert'>
              <Text className='form-error'>{OUT_OF_AREA}</Text>
              <Button className='btn btn--small btn--primary' onClick={() => setPicking(true)}>
                选择社区
              </Button>
            </View>
          )}
        </View>
      ) : (
        <Text className='muted'>请告诉我们问题在哪里</Text>
      )}
      {photoPosition && location?.source !== 'photo' && (
        <View className='suggestion' onClick={() => void run(() => locate(photoPosition, 'photo'))}>
          <Text>照片里带有拍摄位置，点此使用拍摄地点</Text>
        </View>
      )}
      <View className='button-row'>
        <Button
          className='btn btn--small'
          disabled={busy}
          onClick={() => void run(async () => locate(await getCurrentPosition(), 'gps'))}
        >
          {busy ? '定位中…' : '使用当前位置'}
        </Button>
        {canChooseOnMap && (
          <Button
            className='btn btn--small'
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const r = await chooseOnMap()
                return r ? locate(r.point, 'map', r.address) : null
              })
            }
          >
            在地图上选
          </Button>
        )}
        <Button className='btn btn--small' disabled={busy} onClick={() => void openMap()}>
          {map ? '收起地图' : '拖动地图选点'}
        </Button>
        <Button className='btn btn--small' disabled={busy} onClick={() => setPicking(!picking)}>
          选择所在社区
        </Button>
      </View>
      {map && (
        <LocationMap
          start={map.start}
          startNote={map.note}
          startPicked={map.picked}
          onPick={onChange}
          onChooseCommunity={() => setPicking(true)}
        />
      )}
      {problem && <Text className='form-error'>{problem}</Text>}
      {/* out of area is said once, above, with its way out */}
      {error && !(error === OUT_OF_AREA && location?.inServiceArea === false) && (
        <Text className='form-error'>{error}</Text>
      )}
      {picking && (
        <View className='pick-list'>
          {communities.error ? <Text className='form-error'>{errorMessage(communities.error)}</Text> : null}
          {communities.data?.items.map((c) => (
            <View
              key={c.id}
              className='list-row list-row--link'
              onClick={() => {
                setMap(null)
                void run(() => locate(c.center, 'community', `${c.street}${c.name}附近`))
              }}
            >
              <Text className='list-row__title'>{c.name}</Text>
              <Text className='list-row__sub'>{c.street}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
