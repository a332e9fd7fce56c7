import { useEffect } from 'react'
import { fitBounds, visibleBounds, type Size, type View } from './projection'
import type { MapMarker, MapProps } from './types'

/** Hands a view to the page together with the box a screen of `size` shows at it. */
export function reportView(onView: MapProps['onView'], view: View, size: Size): void {
  onView(view, visibleBounds(view, size))
}

/** Until the page has a view, frames `fit` on a screen of `size` (once that size is known). */
export function useFirstFrame({ view, fit, onView }: MapProps, size: Size | null): void {
  useEffect(() => {
    if (!size || view) return
    reportView(onView, fitBounds(fit, size), size)
  }, [size, view, fit, onView])
}

/** What a marker is called on both maps: its label, and 被催办 when it carries the flag. */
export function markerName(m: MapMarker): string {
  return m.flagged ? `${m.label} · 被催办` : m.label
}
