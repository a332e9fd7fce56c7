import Taro, { usePageScroll } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'

/** Items per chunk: the unit that is measured and, far from the screen, replaced by a spacer. */
export const CHUNK = 10
/** A list this short is rendered whole: windowing it would save little and hide items from find-in-page. */
const WINDOW_FROM = 50
/** Screens kept rendered above and below the visible one, so a fast flick never shows a gap. */
const AHEAD = 1.5

let lists = 0

function windowHeight(): number {
  try {
    return Taro.getWindowInfo?.().windowHeight || Taro.getSystemInfoSync().windowHeight || 800
  } catch {
    return 800
  }
}

export type Slot = { kind: 'chunk'; index: number; id: string } | { kind: 'gap'; key: string; height: number }

/**
 * Windowing for a list that scrolls with its page (H5 and weapp alike): items go in chunks of
 * CHUNK; each chunk is measured once rendered, and a chunk far from the screen is replaced by a
 * spacer of its measured height, so a list of 1,000 keeps only a few dozen cards in the tree.
 * Until a chunk has a height (a new page, or a runtime that cannot measure) it stays rendered:
 * without measurements the list simply renders everything, as it did before.
 */
export function useWindow(count: number): { slots: Slot[]; topId: string } {
  const prefix = useMemo(() => `paged-${++lists}`, [])
  const chunks = Math.ceil(count / CHUNK)
  const [heights, setHeights] = useState<number[]>([])
  /** the same, for the scroll handler */
  const heightsRef = useRef(heights)
  /** the list's top in page coordinates (its rect's top plus the scroll offset at the time) */
  const listTop = useRef(0)
  const scrollTop = useRef(0)
  const [range, setRange] = useState<[number, number]>([0, Number.MAX_SAFE_INTEGER])

  const visible = (st: number): [number, number] => {
    const h = windowHeight()
    const from = st - AHEAD * h
    const to = st + h + AHEAD * h
    let top = listTop.current
    let lo = -1
    let hi = -1
    for (let i = 0; i < chunks; i++) {
      const ch = heightsRef.current[i]
      if (!ch) break
      if (top + ch > from && top < to) {
        if (lo < 0) lo = i
        hi = i
      }
      top += ch
    }
    return lo < 0 ? [0, Number.MAX_SAFE_INTEGER] : [lo, hi]
  }

  const update = (st: number) => {
    scrollTop.current = st
    const next = visible(st)
    setRange((r) => (r[0] === next[0] && r[1] === next[1] ? r : next))
  }

  usePageScroll(({ scrollTop: st }) => update(st))

  // measure what is rendered after each change of what is rendered
  const shown = `${range[0]}:${range[1]}:${count}`
  useEffect(() => {
    const ids = [...Array(chunks).keys()].filter((i) => isRendered(i, range, heights))
    const apply = (rects: (Rect | null | undefined)[] | null) => {
      if (!rects?.[0]) return
      listTop.current = rects[0].top + scrollTop.current
      const next = [...heightsRef.current]
      ids.forEach((i, k) => {
        const h = rects[k + 1]?.height
        if (h && h > 0) next[i] = h
      })
      heightsRef.current = next
      setHeights(next)
      // a new measurement may move the window (the first one, or a page that grew)
      update(scrollTop.current)
    }
    const all = [`${prefix}-top`, ...ids.map((i) => `${prefix}-${i}`)]
    let live = true
    const timer = setTimeout(() => {
      const dom = measureDom(all)
      if (dom) return apply(dom)
      try {
        const query = Taro.createSelectorQuery()
        for (const id of all) query.select(`#${id}`).boundingClientRect()
        query.exec((res: (Rect | null)[] | null) => live && apply(res))
      } catch {
        // this runtime cannot measure: no heights, so everything stays rendered
      }
    }, 0)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` sums up what is rendered
  }, [shown, prefix])

  const slots: Slot[] = []
  const shownRange: [number, number] = count > WINDOW_FROM ? range : [0, Number.MAX_SAFE_INTEGER]
  let gap = 0
  for (let i = 0; i < chunks; i++) {
    if (isRendered(i, shownRange, heights)) {
      if (gap) slots.push({ kind: 'gap', key: `gap-${i}`, height: gap })
      gap = 0
      slots.push({ kind: 'chunk', index: i, id: `${prefix}-${i}` })
    } else {
      gap += heights[i]
    }
  }
  if (gap) slots.push({ kind: 'gap', key: 'gap-end', height: gap })
  return { slots, topId: `${prefix}-top` }
}

interface Rect {
  top: number
  height: number
}

/** H5 (and jsdom): the elements' own rects; null where there is no such DOM (the weapp). */
function measureDom(ids: string[]): Rect[] | null {
  if (typeof document === 'undefined' || typeof document.getElementById !== 'function') return null
  const els = ids.map((id) => document.getElementById(id) as { getBoundingClientRect?: () => Rect } | null)
  if (!els.every((e) => typeof e?.getBoundingClientRect === 'function')) return null
  return els.map((e) => e!.getBoundingClientRect!())
}

function isRendered(i: number, [lo, hi]: [number, number], heights: number[]): boolean {
  return !heights[i] || (i >= lo && i <= hi)
}
