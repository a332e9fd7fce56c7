import { Map as TaroMap, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { markerName, reportView, useFirstFrame } from './framing'
import type { MapProps, MarkerTone } from './types'

/** Copied into the weapp build by config/index.ts (scripts/make-map-icons.mjs draws them). */
const ICONS: Record<MarkerTone, string> = {
  pending: '/assets/map/pending.png',
  active: '/assets/map/active.png',
  done: '/assets/map/done.png',
  alert: '/assets/map/alert.png',
}

const AREA_STYLE = {
  community: { strokeColor: '#1f6febaa', fillColor: '#1f6feb14', strokeWidth: 2 },
  grid: { strokeColor: '#64748b99', fillColor: '#00000000', strokeWidth: 1 },
  focus: { strokeColor: '#dc2626cc', fillColor: '#dc262614', strokeWidth: 3 },
}

let nextMapId = 0
/** The native map reports no pixel size; its box is about a phone's width and half its height. */
const SCREEN = { width: 375, height: 420 }

/**
 * WeChat's own map for weapp: real tiles, markers (icons coloured by status, clustered by the
 * map itself with joinCluster), outlines as polygons. Marker ids must be numbers there, so the
 * ticket ids ride along by index.
 */
export function NativeMap(props: MapProps) {
  const { label, view, areas, roads = [], markers = [], onMarkerTap, centerPin, onTapMap } = props
  const [id] = useState(() => `map-${++nextMapId}`)
  useFirstFrame(props, SCREEN)

  useEffect(() => {
    if (!markers.length) return
    try {
      Taro.createMapContext(id).initMarkerCluster({
        enableDefaultStyle: true,
        zoomOnClick: true,
        gridSize: 60,
      })
    } catch {
      // older base libraries: markers simply stay apart
    }
  }, [id, markers.length])

  const nativeMarkers = useMemo(
    () =>
      markers.map((m, i) => ({
        id: i,
        latitude: m.point.lat,
        longitude: m.point.lng,
        iconPath: ICONS[m.tone],
        width: 28,
        height: 28,
        joinCluster: true,
        ariaLabel: markerName(m),
        title: m.label,
      })),
    [markers],
  )
  const polygons = useMemo(
    () =>
      areas.map((a) => ({
        points: a.ring.map((p) => ({ latitude: p.lat, longitude: p.lng })),
        zIndex: a.tone === 'focus' ? 2 : 1,
        ...AREA_STYLE[a.tone],
      })),
    [areas],
  )
  const polyline = useMemo(
    () =>
      roads.map((r) => ({
        points: r.line.map((p) => ({ latitude: p.lat, longitude: p.lng })),
        color: '#94a3b8',
        width: 4,
      })),
    [roads],
  )

  if (!view) return <View className={`nmap ${props.className ?? ''}`} aria-label={label} />
  return (
    <View className={`nmap ${props.className ?? ''}`} aria-label={label}>
      <TaroMap
        id={id}
        className='nmap__map'
        latitude={view.center.lat}
        longitude={view.center.lng}
        scale={Math.round(view.zoom)}
        markers={nativeMarkers}
        polygons={polygons}
        polyline={polyline}
        showLocation
        onError={() => undefined}
        onMarkerTap={(e) => {
          const m = markers[Number(e.detail.markerId)]
          if (m) onMarkerTap?.(m.id)
        }}
        onTap={(e) => {
          const d = (e.detail ?? {}) as { latitude?: number; longitude?: number }
          if (onTapMap && d.latitude !== undefined && d.longitude !== undefined)
            onTapMap({ lat: d.latitude, lng: d.longitude })
        }}
        onRegionChange={(e) => {
          const d = e.detail as { centerLocation?: { latitude: number; longitude: number }; scale?: number }
          if (e.type !== 'end' || !d.centerLocation) return
          reportView(
            props.onView,
            {
              center: { lat: d.centerLocation.latitude, lng: d.centerLocation.longitude },
              zoom: d.scale ?? view.zoom,
            },
            SCREEN,
          )
        }}
      />
      {centerPin && <View className={`smap__pin smap__pin--${centerPin}`} />}
    </View>
  )
}
