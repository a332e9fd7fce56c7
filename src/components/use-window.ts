import Taro, { usePageScroll } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'

/** Items per chunk: the unit that is measured and, far from the screen, replaced by a spacer. */
export const CHUNK = 5
/**
 * A list this short is rendered whole: one page of the server's lists. Past it, a ticket card
 * being some 35 nodes, rendering everything would pass 1,000 nodes by the third page.
 */
const WINDOW_FROM = 20
/** Screens kept rendered above and below the visible one, so a fast flick never shows a gap. */
const AHEAD = 1

let lists = 0

function windowHeight(): number {
  try {
    return Taro.getWindowInfo?.().windowHeight || Taro.getSystemInfoSync().windowHeight || 800
  } catch {
    return 800
  }
}

export type Slot = { kind: 'chunk'; index: number; id: string } | { kind: 'gap'; key: string; height: number }

/** the chunks rendered, first and last */
type Range = readonly [number, number]
const ALL: Range = [0, Number.MAX_SAFE_INTEGER]

/**
 * Windowing for a list that scrolls with its page: items go in chunks of CHUNK; each chunk is
 * measured once rendered, and only the chunks within a screen of the visible one are rendered,
 * the others standing as spacers of their height — measured, or for a chunk never rendered yet
 * (the page just loaded below) the average of those measured. So a list of 1,000 keeps a few
 * dozen cards in the tree at every moment, a new page included. The scroll offset comes from
 * the page's own scroll events (usePageScroll: the weapp's page, and on H5 whatever Taro's
 * router scrolls, the page's element or the window), so the same code runs on both. Where
 * nothing can be measured (a runtime without layout) every chunk stays rendered, as without
 * windowing.
 */
export function useWindow(count: number): { slots: Slot[]; topId: string } {
  const prefix = useMemo(() => `paged-${++lists}`, [])
  const chunks = Math.ceil(count / CHUNK)
  const [layout, setLayout] = useState<Layout>({ heights: [], listTop: 0, scrollTop: 0 })
  /** the latest scroll offset, for measurements (the layout keeps the one last rendered) */
  const scrollTop = useRef(0)
  const range = rangeOf(count, layout)

  usePageScroll(({ scrollTop: st }) => {
    scrollTop.current = st
    // a new render only when the window moves to other chunks, or the offset it was placed by
    // is a quarter screen old (a page arriving is placed from there)
    setLayout((l) => {
      const next = { ...l, scrollTop: st }
      const [lo, hi] = rangeOf(count, l)
      const [nlo, nhi] = rangeOf(count, next)
      return lo === nlo && hi === nhi && Math.abs(st - l.scrollTop) < windowHeight() / 4 ? l : next
    })
  })

  // measure what is rendered after each change of what is rendered
  const shown = `${range[0]}:${range[1]}:${count}`
  useEffect(() => {
    const ids = [...Array(chunks).keys()].filter((i) => i >= range[0] && i <= range[1])
    const apply = (rects: (Rect | null | undefined)[] | null) => {
      if (!rects?.[0]) return
      const listTop = rects[0].top + scrollTop.current
      // a new measurement may move the window (the first one, a page that grew)
      setLayout((l) => {
        const heights = [...l.heights]
        let changed = Math.abs(listTop - l.listTop) >= 1
        ids.forEach((i, k) => {
          const h = rects[k + 1]?.height
          if (!h || h <= 0 || Math.abs((heights[i] ?? 0) - h) < 0.5) return
          heights[i] = h
          changed = true
        })
        return changed ? { heights, listTop, scrollTop: scrollTop.current } : l
      })
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

  const estimate = averageHeight(layout.heights, chunks)
  const slots: Slot[] = []
  let gap = 0
  for (let i = 0; i < chunks; i++) {
    if (i >= range[0] && i <= range[1]) {
      if (gap) slots.push({ kind: 'gap', key: `gap-${i}`, height: gap })
      gap = 0
      slots.push({ kind: 'chunk', index: i, id: `${prefix}-${i}` })
    } else {
      gap += layout.heights[i] || estimate
    }
  }
  if (gap) slots.push({ kind: 'gap', key: 'gap-end', height: gap })
  return { slots, topId: `${prefix}-top` }
}

interface Layout {
  /** measured heights by chunk */
  heights: number[]
  /** the list's top in page coordinates (its rect's top plus the scroll offset at the time) */
  listTop: number
  /** the page's scroll offset the window is placed by */
  scrollTop: number
}

/** The chunks to render: all of a short list, else those near the screen. */
function rangeOf(count: number, l: Layout): Range {
  return count > WINDOW_FROM ? visible(l.scrollTop, Math.ceil(count / CHUNK), l.heights, l.listTop) : ALL
}

/** The average measured height of the first `chunks` chunks; 0 when none is measured. */
function averageHeight(heights: readonly number[], chunks: number): number {
  let sum = 0
  let n = 0
  for (let i = 0; i < chunks; i++) {
    if (heights[i] > 0) {
      sum += heights[i]
      n++
    }
  }
  return n ? sum / n : 0
}

/**
 * The chunks within AHEAD screens of the one seen from `st`, every chunk placed by its measured
 * height or the average; all of them while nothing is measured.
 */
function visible(st: number, chunks: number, heights: readonly number[], listTop: number): Range {
  const estimate = averageHeight(heights, chunks)
  if (!estimate) return ALL
  const h = windowHeight()
  const from = st - AHEAD * h
  const to = st + h + AHEAD * h
  let top = listTop
  let lo = -1
  let hi = -1
  for (let i = 0; i < chunks; i++) {
    const ch = heights[i] || estimate
    if (top + ch > from && top < to) {
      if (lo < 0) lo = i
      hi = i
    }
    top += ch
  }
  if (lo >= 0) return [lo, hi]
  // the screen is past one end of the list: the nearest chunk stands for it
  return to <= listTop ? [0, 0] : [chunks - 1, chunks - 1]
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
