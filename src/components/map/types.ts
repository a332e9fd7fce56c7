import type { Bounds, LngLat, View } from './projection'

/** A filled outline: a community, a grid, the one being handled. */
export interface MapArea {
  id: string
  ring: readonly LngLat[]
  /** drawn at the area's centre, e.g. the community's name */
  label?: string
  tone: 'community' | 'grid' | 'focus'
}

export interface MapRoad {
  name: string
  line: readonly LngLat[]
}

export type MarkerTone = 'pending' | 'active' | 'done' | 'alert'

export interface MapMarker {
  id: string
  point: LngLat
  tone: MarkerTone
  /** what a screen reader says and the card repeats, e.g. 路灯损坏 · 处理中 */
  label: string
  /** a small flag on the marker (urged) */
  flagged?: boolean
}

export interface MapProps {
  /** the accessible name of the whole map, e.g. 问题地图 */
  label: string
  /** null until the map knows its size: it then frames `fit` and reports the view */
  view: View | null
  /** a settled view (after a gesture), with the box the screen shows */
  onView: (view: View, seen: Bounds) => void
  fit: Bounds
  areas: readonly MapArea[]
  roads?: readonly MapRoad[]
  markers?: readonly MapMarker[]
  onMarkerTap?: (id: string) => void
  /** a fixed pin in the middle (picking a place); the map moves under it */
  centerPin?: 'ok' | 'bad' | 'busy'
  /** a tap on the map itself, not on a marker */
  onTapMap?: (point: LngLat) => void
  className?: string
}

export type { Bounds, LngLat, View }
