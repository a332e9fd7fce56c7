import { useLayoutEffect, useState } from 'react'
import { panBy, zoomAround, type Pixel, type Size, type View } from './projection'

/** Moves smaller than this are a tap, not a drag. */
export const TAP_SLOP = 8

interface Gesture {
  start: Map<number, Pixel>
  now: Map<number, Pixel>
  moved: boolean
}

interface Options {
  box: () => HTMLElement | null
  layer: () => HTMLElement | null
  view: () => View | null
  size: () => Size
  commit: (view: View) => void
}

function local(box: HTMLElement, e: { clientX: number; clientY: number }): Pixel {
  const r = box.getBoundingClientRect()
  return { x: e.clientX - r.left, y: e.clientY - r.top }
}

function mid(points: Pixel[]): Pixel {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  }
}

function spread(points: Pixel[]): number {
  return points.length < 2 ? 0 : Math.hypot(points[0].x - points[1].x, points[0].y - points[1].y)
}

/**
 * Pan with one finger (or the mouse), pinch with two. While a finger is down only a CSS
 * transform on one layer changes, so a frame costs a style write, not a React render; the
 * view is committed once, when the fingers lift.
 */
export function useMapGestures(options: Options) {
  // window listeners must be the same functions when removed: the handlers are made once
  const [handlers] = useState(gestureHandlers)
  useLayoutEffect(() => handlers.use(options))
  return handlers
}

function gestureHandlers() {
  let latest: Options | null = null
  const opts = (): Options =>
    latest ?? {
      box: () => null,
      layer: () => null,
      view: () => null,
      size: () => ({ width: 1, height: 1 }),
      commit: () => undefined,
    }
  const gesture: { current: Gesture | null } = { current: null }
  const frame = { current: 0 }
  /** set when a drag ends, so the click the browser fires after it does not tap a marker */
  const dragged = { current: false }
  const o = {
    box: () => opts().box(),
    layer: () => opts().layer(),
    view: () => opts().view(),
    size: () => opts().size(),
    commit: (v: View) => opts().commit(v),
  }

  const transformOf = (g: Gesture) => {
    const a = [...g.start.values()]
    const b = [...g.now.values()]
    const from = mid(a)
    const to = mid(b)
    const scale = a.length >= 2 && spread(a) > 0 ? spread(b) / spread(a) : 1
    return { from, dx: to.x - from.x, dy: to.y - from.y, scale }
  }

  const paint = () => {
    frame.current = 0
    const g = gesture.current
    const layer = o.layer()
    if (!g || !layer) return
    const t = transformOf(g)
    layer.style.transformOrigin = `${t.from.x}px ${t.from.y}px`
    layer.style.transform = `translate(${t.dx}px, ${t.dy}px) scale(${t.scale})`
  }

  const stopListening = () => {
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onUp)
  }

  /** Turns the gesture so far into a new view and clears the transform. */
  const settle = (g: Gesture) => {
    if (frame.current) cancelAnimationFrame(frame.current)
    frame.current = 0
    const layer = o.layer()
    if (layer) layer.style.transform = ''
    const view = o.view()
    if (!g.moved || !view) return
    dragged.current = true
    const t = transformOf(g)
    const size = o.size()
    const zoomed = t.scale !== 1 ? zoomAround(view, size, t.from, t.scale) : view
    o.commit(panBy(zoomed, size, t.dx, t.dy))
  }

  /** Starts measuring afresh from where the fingers are now (a finger added or lifted). */
  const restart = (pointers: Map<number, Pixel>) => {
    gesture.current = pointers.size
      ? { start: new Map(pointers), now: new Map(pointers), moved: false }
      : null
    if (!gesture.current) stopListening()
  }

  function onMove(e: PointerEvent) {
    const g = gesture.current
    const box = o.box()
    if (!g || !box || !g.now.has(e.pointerId)) return
    g.now.set(e.pointerId, local(box, e))
    const s = g.start.get(e.pointerId)!
    const p = g.now.get(e.pointerId)!
    if (Math.hypot(p.x - s.x, p.y - s.y) > TAP_SLOP) g.moved = true
    if (g.moved && !frame.current) frame.current = requestAnimationFrame(paint)
  }

  function onUp(e: PointerEvent) {
    const g = gesture.current
    if (!g || !g.now.has(e.pointerId)) return
    settle(g)
    const rest = new Map(g.now)
    rest.delete(e.pointerId)
    restart(rest)
  }

  const onPointerDown = (e: React.PointerEvent) => {
    const box = o.box()
    if (!box || (e.pointerType === 'mouse' && e.button !== 0)) return
    const g = gesture.current
    if (!g) {
      dragged.current = false
      window.addEventListener('pointermove', onMove)
      window.addEventListener('pointerup', onUp)
      window.addEventListener('pointercancel', onUp)
    } else {
      settle(g)
    }
    const pointers = new Map(g?.now ?? [])
    pointers.set(e.pointerId, local(box, e))
    restart(pointers)
  }

  const onWheel = (e: React.WheelEvent) => {
    const box = o.box()
    const view = o.view()
    if (!box || !view) return
    o.commit(zoomAround(view, o.size(), local(box, e), Math.exp(-e.deltaY / 400)))
  }

  const use = (o: Options) => {
    latest = o
  }

  return { onPointerDown, onWheel, dragged, use }
}
