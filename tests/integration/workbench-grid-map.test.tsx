import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setSession } from '@/api'
import { ROUTES } from '@/components/routes'
import WorkbenchQueuePage from '@/packages/workbench/pages/queue/index'
import { renderPage } from '../utils/render'
// lazy card images need its IntersectionObserver stand-in
import '../utils/tickets'
import { actAsGridWorker, queueOf } from '../utils/workbench'

/** jsdom has no layout: the schematic map draws on its 360 × 360 stand-in screen. */
const SCREEN = 360

jest.setTimeout(30_000)

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  setSession(null)
})

/** 赵磊's open tickets (待处理 and 已派单), straight from the backend. */
async function openTickets() {
  await actAsGridWorker()
  return [...(await queueOf('pending')), ...(await queueOf('dispatched'))]
}

async function openGridMap() {
  const page = renderPage(<WorkbenchQueuePage />)
  fireEvent.click(await screen.findByText('看网格地图'))
  const map = await screen.findByRole('region', { name: '问题地图' })
  await waitFor(() => expect(map.querySelectorAll('.smap__marker, .smap__cluster').length).toBeGreaterThan(0))
  return { map, unmount: page.unmount }
}

const clusters = (map: HTMLElement) => Array.from(map.querySelectorAll<HTMLElement>('.smap__cluster'))
const markers = (map: HTMLElement) => Array.from(map.querySelectorAll<HTMLElement>('[data-marker]'))

/** How many tickets a cluster holds, as its label says: 此处 N 个问题… */
const inCluster = (c: HTMLElement) => Number(/此处 (\d+) 个问题/.exec(c.getAttribute('aria-label')!)![1])

function position(el: HTMLElement) {
  const [, x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(el.style.transform)!.map(Number)
  return { x, y }
}

describe('网格地图 in the workbench', () => {
  it('outlines my grid in red and says how many open tickets it holds, how many overdue and urged', async () => {
    const open = await openTickets()
    const { map } = await openGridMap()
    expect(map.querySelectorAll('.smap__area--focus')).toHaveLength(1)
    const overdue = open.filter((t) => t.overdue).length
    const urged = open.filter((t) => t.urgeCount > 0).length
    expect(overdue).toBeGreaterThan(0)
    expect(urged).toBeGreaterThan(0)
    expect(
      screen.getByText(
        `创业路社区第一网格（红线以内）：${open.length} 个未办结，其中超期 ${overdue} 个、被催办 ${urged} 个（带“!”）。`,
      ),
    ).toBeTruthy()
    // every open ticket is drawn once: a marker of its own or counted in one cluster
    const drawn = markers(map).length + clusters(map).reduce((n, c) => n + inCluster(c), 0)
    expect(drawn).toBe(open.length)
    // the urged ones carry their “!” whether they stand alone or sit in a cluster
    const flagged = [...markers(map), ...clusters(map)].filter((b) => b.querySelector('.smap__flag'))
    const urgedShown = flagged.reduce(
      (n, b) =>
        n + (b.dataset.marker ? 1 : Number(/（(\d+) 个被催办）/.exec(b.getAttribute('aria-label')!)![1])),
      0,
    )
    expect(urgedShown).toBe(urged)
  })

  it('shows each open ticket as a marker: overdue in red with 超期, urged with its “!” flag', async () => {
    const open = await openTickets()
    const seen = new Map<string, HTMLElement>()
    const { map, unmount } = await openGridMap()
    const count = clusters(map).length
    unmount()
    // each cluster opened on a fresh map: tapping it zooms in until its tickets stand apart
    for (let k = 0; k < Math.max(1, count); k++) {
      const { map: fresh, unmount: done } = await openGridMap()
      markers(fresh).forEach((m) => seen.set(m.dataset.marker!, m))
      let target: HTMLElement | undefined = clusters(fresh)[k]
      for (let i = 0; target && i < 6; i++) {
        fireEvent.click(target)
        markers(fresh).forEach((m) => seen.set(m.dataset.marker!, m))
        target = clusters(fresh)[0]
      }
      done()
    }
    expect([...seen.keys()].sort()).toEqual(open.map((t) => t.id).sort())
    for (const t of open) {
      const m = seen.get(t.id)!
      const label = m.getAttribute('aria-label')!
      expect(label.startsWith(`${t.categoryName} · `)).toBe(true)
      expect(m.classList.contains('smap__marker--alert')).toBe(t.overdue)
      expect(label.includes('· 超期')).toBe(t.overdue)
      expect(label.endsWith('· 被催办')).toBe(t.urgeCount > 0)
      expect(m.querySelector('.smap__flag') !== null).toBe(t.urgeCount > 0)
    }
  })

  it('a tap on a marker opens its card, and the card opens the ticket’s handling page', async () => {
    const open = await openTickets()
    const { map } = await openGridMap()
    const marker = within(map)
      .getAllByRole('button')
      .find((b) => b.dataset.marker)!
    const ticket = open.find((t) => t.id === marker.dataset.marker)!
    fireEvent.click(marker)
    const card = await screen.findByRole('dialog', { name: '问题摘要' })
    expect(await within(card).findByText(ticket.excerpt)).toBeTruthy()
    fireEvent.click(card.querySelector('.ticket-card__tap')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.workbenchTicket(ticket.id) })
  })

  it('zoomed in, the markers drawn past the edge are neither focusable nor announced', async () => {
    await openTickets()
    const { map } = await openGridMap()
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: '放大地图' }))
    const drawn = [...markers(map), ...clusters(map)]
    const outside = drawn.filter((b) => {
      const { x, y } = position(b)
      return x < 0 || x > SCREEN || y < 0 || y > SCREEN
    })
    expect(outside.length).toBeGreaterThan(0)
    expect(outside.length).toBeLessThan(drawn.length)
    for (const b of drawn) {
      const off = outside.includes(b)
      expect(b.getAttribute('aria-hidden') === 'true').toBe(off)
      expect(b.tabIndex).toBe(off ? -1 : 0)
    }
    const named = within(map)
      .getAllByRole('button')
      .filter((b) => !/地图$/.test(b.getAttribute('aria-label') ?? ''))
    expect(named).toHaveLength(drawn.length - outside.length)
  })
})
