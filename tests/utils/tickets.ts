import { Current } from '@tarojs/runtime'
import { screen } from '@testing-library/react'
import { api } from '@/contract'
import type { ListParams } from '@/data/tickets'
import { call, startSession } from '@/api'

/**
 * jsdom has no IntersectionObserver, which Taro's H5 Image uses for lazyLoad: this one says
 * every observed element is on screen, so lazy images get their src at once.
 */
class OnScreenObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {}
  observe(target: Element) {
    this.callback([{ isIntersecting: true, target }])
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return []
  }
}
if (!('IntersectionObserver' in globalThis)) {
  Object.assign(globalThis, { IntersectionObserver: OnScreenObserver })
}

/** The query string a page was opened with, as Taro's router hands it to useRouter(). */
export function openWith(params: Record<string, string>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Taro's router record is internal
  ;(Current as any).router = {
    params,
    path: '/packages/resident/pages/ticket/index',
    onReady: '',
    onHide: '',
    onShow: '',
  }
}

/** Every ticket of a list, straight from the backend, all pages. */
export async function allTickets(query: ListParams) {
  const items = []
  let cursor: string | undefined
  do {
    const page = await call(api.listTickets, { query: { ...query, cursor, limit: 50 } })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

/** The next N requests fail with a 500; the client tries a GET three times. */
export async function failNext(count: number) {
  await startSession()
  await call(api.devFaults, { body: { kind: 'server_error', count } })
}

/** Cards in the order shown. */
export function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.ticket-card'))
}

export function tab(name: string): HTMLElement {
  return screen.getByRole('tab', { name })
}
