import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { cluster } from './cluster'
import { markerName, reportView, useFirstFrame } from './framing'
import { useMapGestures } from './gestures'
import { fromScreen, project, zoomAround, type Pixel, type Size, type View } from './projection'
import type { MapArea, MapMarker, MapProps, MapRoad } from './types'

/** No two markers or clusters closer than this: a finger-sized button each (44 px and a gap). */
export const MARKER_SPACING = 48
/** Markers this far outside the screen are still drawn, so a short pan shows no empty edge. */
const OVERSCAN = 0.5
/** Used when the page cannot be measured (tests without layout). */
const FALLBACK_SIZE: Size = { width: 360, height: 360 }

function useBoxSize(box: React.RefObject<HTMLDivElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null)
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    const measure = () => {
      const width = el.clientWidth
      const height = el.clientHeight
      setSize(width > 0 && height > 0 ? { width, height } : FALLBACK_SIZE)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [box])
  return size
}

function pathOf(ring: readonly Pixel[], closed: boolean): string {
  return (
    ring.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('') + (closed ? 'Z' : '')
  )
}

function centroid(points: readonly Pixel[]): Pixel {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  }
}

/** The outlines, roads and names: one SVG whatever the number of tickets. */
function Ground({
  areas,
  roads,
  screen,
}: {
  areas: readonly MapArea[]
  roads: readonly MapRoad[]
  screen: (p: { lat: number; lng: number }) => Pixel
}) {
  return (
    <svg className='smap__ground' aria-hidden='true' overflow='visible'>
      {areas.map((a) => (
        <path
          key={a.id}
          className={`smap__area smap__area--${a.tone}`}
          d={pathOf(a.ring.map(screen), true)}
        />
      ))}
      {roads.map((r) => {
        const line = r.line.map(screen)
        return (
          <g key={`${r.name}-${line[0].x.toFixed(0)}`}>
            <path className='smap__road-edge' d={pathOf(line, false)} />
            <path className='smap__road' d={pathOf(line, false)} />
          </g>
        )
      })}
      {roads.map((r) => {
        const a = screen(r.line[0])
        const b = screen(r.line[r.line.length - 1])
        let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI
        if (angle > 90) angle -= 180
        if (angle < -90) angle += 180
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
        return (
          <text
            key={`n-${r.name}-${a.x.toFixed(0)}`}
            className='smap__road-name'
            x={m.x}
            y={m.y}
            transform={`rotate(${angle.toFixed(1)} ${m.x.toFixed(1)} ${m.y.toFixed(1)})`}
          >
            {r.name}
          </text>
        )
      })}
      {areas
        .filter((a) => a.label)
        .map((a) => {
          const c = centroid(a.ring.map(screen))
          return (
            <text key={`l-${a.id}`} className='smap__area-name' x={c.x} y={c.y}>
              {a.label}
            </text>
          )
        })}
    </svg>
  )
}

/**
 * The map drawn on the device for H5, where no map tiles are reachable: outlines, roads and
 * names from the server's geometry, markers clustered at the current zoom. Only the markers
 * near the screen are drawn, so the node count stays small whatever the number of tickets.
 */
export function SchematicMap(props: MapProps) {
  const { label, view, areas, roads = [], markers = [], onMarkerTap, centerPin, onTapMap } = props
  const box = useRef<HTMLDivElement>(null)
  const layer = useRef<HTMLDivElement>(null)
  const size = useBoxSize(box)
  const viewRef = useRef(view)
  const sizeRef = useRef(size ?? FALLBACK_SIZE)
  useLayoutEffect(() => {
    viewRef.current = view
    sizeRef.current = size ?? FALLBACK_SIZE
  })
  const commit = (v: View) => {
    viewRef.current = v
    reportView(props.onView, v, sizeRef.current)
  }
  useFirstFrame(props, size)

  const gestures = useMapGestures({
    box: () => box.current,
    layer: () => layer.current,
    view: () => viewRef.current,
    size: () => sizeRef.current,
    commit,
  })

  const zoom = view?.zoom ?? 0
  const groups = useMemo(() => (view ? cluster(markers, zoom, MARKER_SPACING) : []), [markers, zoom, view])

  const s = size ?? FALLBACK_SIZE
  const origin = view ? project(view.center, view.zoom) : { x: 0, y: 0 }
  const toPx = (world: Pixel): Pixel => ({
    x: world.x - origin.x + s.width / 2,
    y: world.y - origin.y + s.height / 2,
  })
  const screen = (p: { lat: number; lng: number }) => toPx(project(p, zoom))
  const near = (p: Pixel) =>
    p.x > -s.width * OVERSCAN &&
    p.x < s.width * (1 + OVERSCAN) &&
    p.y > -s.height * OVERSCAN &&
    p.y < s.height * (1 + OVERSCAN)
  /** drawn beyond the edge for a smooth pan, but neither focusable nor read out until panned in */
  const offScreen = (p: Pixel) => p.x < 0 || p.x > s.width || p.y < 0 || p.y > s.height

  const tapMarker = (id: string) => {
    if (!gestures.dragged.current) onMarkerTap?.(id)
  }
  const zoomInOn = (at: Pixel) => view && commit(zoomAround(view, s, at, 4))

  const onBoxClick = (e: React.MouseEvent<HTMLDivElement>) => {
    if (gestures.dragged.current || !view || !onTapMap || !box.current) return
    if ((e.target as HTMLElement).closest('button')) return
    const r = box.current.getBoundingClientRect()
    onTapMap(fromScreen({ x: e.clientX - r.left, y: e.clientY - r.top }, view, s))
  }

  const zoomBy = (factor: number) =>
    view && commit(zoomAround(view, s, { x: s.width / 2, y: s.height / 2 }, factor))

  return (
    <div className={`smap ${props.className ?? ''}`} role='region' aria-label={label}>
      <div
        ref={box}
        className='smap__box'
        onPointerDown={gestures.onPointerDown}
        onWheel={gestures.onWheel}
        onClick={onBoxClick}
      >
        <div ref={layer} className='smap__layer'>
          {view && <Ground areas={areas} roads={roads} screen={screen} />}
          {groups.map((g) => {
            const at = toPx(g.at)
            if (!near(at)) return null
            const style = { transform: `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)` }
            const hidden = offScreen(at) ? ({ tabIndex: -1, 'aria-hidden': true } as const) : {}
            if (g.kind === 'marker') {
              const m: MapMarker = g.item
              return (
                <button
                  key={g.key}
                  type='button'
                  className={`smap__marker smap__marker--${m.tone}`}
                  style={style}
                  aria-label={markerName(m)}
                  data-marker={m.id}
                  {...hidden}
                  onClick={() => tapMarker(m.id)}
                >
                  {m.flagged ? <span className='smap__flag'>!</span> : null}
                </button>
              )
            }
            const alert = g.items.some((m) => m.tone === 'alert')
            const flagged = g.items.filter((m) => m.flagged).length
            return (
              <button
                key={g.key}
                type='button'
                className={`smap__cluster ${alert ? 'smap__cluster--alert' : ''}`}
                style={style}
                aria-label={`此处 ${g.items.length} 个问题${flagged ? `（${flagged} 个被催办）` : ''}，点按放大`}
                {...hidden}
                onClick={() => !gestures.dragged.current && zoomInOn(at)}
              >
                {g.items.length > 99 ? '99+' : g.items.length}
                {flagged ? <span className='smap__flag'>!</span> : null}
              </button>
            )
          })}
        </div>
        {centerPin && <div className={`smap__pin smap__pin--${centerPin}`} aria-hidden='true' />}
      </div>
      <div className='smap__zoom'>
        <button type='button' className='smap__zoom-btn' aria-label='放大地图' onClick={() => zoomBy(2)}>
          +
        </button>
        <button type='button' className='smap__zoom-btn' aria-label='缩小地图' onClick={() => zoomBy(0.5)}>
          −
        </button>
      </div>
    </div>
  )
}
