import { NativeMap } from './native-map'
import { SchematicMap } from './schematic-map'
import type { MapProps } from './types'

/**
 * One map for every page: WeChat's native <Map> on weapp, the schematic one drawn on the
 * device on H5 (no map tiles are reachable there). Same props, same markers and outlines.
 */
export function MapView(props: MapProps) {
  return process.env.TARO_ENV === 'weapp' ? <NativeMap {...props} /> : <SchematicMap {...props} />
}

export type { MapArea, MapMarker, MapProps, MapRoad, MarkerTone } from './types'
export type { Bounds, LngLat, View } from './projection'
