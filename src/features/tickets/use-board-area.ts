import { useState } from 'react'
import type { GeoPoint } from '@/contract'
import { useCommunities } from '@/data/reference'
import { getCurrentPosition } from '@/platform/location'
import type { ListParams } from '@/data/tickets'

export type BoardArea = 'community' | 'nearby'

export const NEARBY_RADIUS_METERS = 1000
/** a community reaches 700–900 m from its centre: the map opens showing all of it */
const COMMUNITY_FRAME_METERS = 900
/** Where the board looks when the person has no community: the first community we served. */
const FALLBACK_COMMUNITY = '创业路社区'
const FALLBACK_CENTER: GeoPoint = { lat: 34.745417, lng: 113.631447 }

interface Me {
  /** false while GET /me is still on its way */
  ready: boolean
  communityId: string | null
}

/**
 * Which public tickets the board asks for: my community's, or those within 1 km of where I
 * stand. When locating fails, it says so and stays on the community.
 */
export function useBoardArea(me: Me) {
  const communities = useCommunities()
  const [area, setArea] = useState<BoardArea>('community')
  const [position, setPosition] = useState<GeoPoint | null>(null)
  const [locating, setLocating] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const choose = (next: BoardArea) => {
    setNotice(null)
    if (next === 'community') {
      setArea('community')
      return
    }
    setLocating(true)
    getCurrentPosition()
      .then((p) => {
        setPosition(p)
        setArea('nearby')
      })
      .catch((e: unknown) => {
        const denied = e instanceof Error && e.message.includes('权限')
        setNotice(
          denied
            ? '没有定位权限，先为您显示所在社区的问题。可以在设置中允许定位后再试。'
            : '暂时无法定位，先为您显示所在社区的问题。',
        )
        setArea('community')
      })
      .finally(() => setLocating(false))
  }

  const list = communities.data?.items
  const mine = list?.find((c) => c.id === me.communityId)
  let params: ListParams | null = null
  let caption = ''
  /** where the map opens: a point and how far around it to show */
  let frame: { key: string; center: GeoPoint; meters: number } | null = null
  if (area === 'nearby' && position) {
    params = { scope: 'public', lat: position.lat, lng: position.lng, radiusMeters: NEARBY_RADIUS_METERS }
    caption = '您附近 1 公里内的问题'
    frame = { key: `at:${position.lat},${position.lng}`, center: position, meters: NEARBY_RADIUS_METERS }
  } else if (me.ready && me.communityId) {
    params = { scope: 'public', communityId: me.communityId }
    caption = `${mine?.name ?? '我的社区'}的问题`
    const center = mine?.center ?? (list || communities.isError ? FALLBACK_CENTER : null)
    if (center) frame = { key: `community:${me.communityId}`, center, meters: COMMUNITY_FRAME_METERS }
  } else if (me.ready && (list || communities.isError)) {
    const center = list?.find((c) => c.name === FALLBACK_COMMUNITY)?.center ?? FALLBACK_CENTER
    params = { scope: 'public', lat: center.lat, lng: center.lng, radiusMeters: NEARBY_RADIUS_METERS }
    caption = `${FALLBACK_COMMUNITY}附近的问题（您还没有设置所在社区）`
    frame = { key: 'fallback', center, meters: NEARBY_RADIUS_METERS }
  }
  return { area, choose, locating, notice, params, caption, frame }
}
