import { screen } from '@testing-library/react'
import { api, type WorkbenchFilter } from '@/contract'
import { call, loginWith } from '@/api'

/** 赵磊, grid worker of 创业路社区第一网格 (mock/README.md: seeded workbench state). */
export const GRID_WORKER = 'dev:u-grid-1'

export function actAsGridWorker() {
  return loginWith(GRID_WORKER)
}

/** The queue of one tab, straight from the backend, all pages. */
export async function queueOf(filter: WorkbenchFilter) {
  const items = []
  let cursor: string | undefined
  do {
    const page = await call(api.workbenchTickets, { query: { filter, cursor, limit: 50 } })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

/** Ticket ids of the queue's cards, in the order shown (read from each card's excerpt). */
export function shownExcerpts(): string[] {
  return Array.from(document.querySelectorAll('.workbench-card .ticket-card__excerpt')).map(
    (e) => e.textContent ?? '',
  )
}

/** The card showing a ticket's excerpt. */
export function cardWith(excerpt: string): HTMLElement {
  return screen.getByText(excerpt).closest('.workbench-card') as HTMLElement
}

/** Whether a Taro H5 button is disabled (it keeps the state in a class). */
export function disabled(label: HTMLElement): boolean {
  return label.closest('.taro-button-core')?.classList.contains('taro-btn-disabled') ?? false
}
