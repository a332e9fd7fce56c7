import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type GeoPoint } from '@/contract'
import { errorMessage } from '@/api'
import { reverseGeocode, useCommunities } from '@/data/reference'
import { canChooseOnMap, chooseOnMap, getCurrentPosition, LocationError } from '@/platform/location'
import type { DraftLocation, LocationSource } from './draft'

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
  const communities = useCommunities()

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
          <Text className='muted'>
            {location.inServiceArea
              ? `${location.communityName ?? ''} · ${location.gridName ?? ''}`
              : '该位置不在服务范围内，暂时无法受理，请重新选择地点'}
          </Text>
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
        <Button className='btn btn--small' disabled={busy} onClick={() => setPicking(!picking)}>
          选择所在社区
        </Button>
      </View>
      {problem && <Text className='form-error'>{problem}</Text>}
      {error && <Text className='form-error'>{error}</Text>}
      {picking && (
        <View className='pick-list'>
          {communities.error ? <Text className='form-error'>{errorMessage(communities.error)}</Text> : null}
          {communities.data?.items.map((c) => (
            <View
              key={c.id}
              className='list-row list-row--link'
              onClick={() => void run(() => locate(c.center, 'community', `${c.street}${c.name}附近`))}
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
