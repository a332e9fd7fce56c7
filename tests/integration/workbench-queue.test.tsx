import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call, setSession, startSession } from '@/api'
import { WorkbenchQueue } from '@/features/workbench/queue'
import WorkbenchQueuePage from '@/packages/workbench/pages/queue/index'
import HomePage from '@/pages/home/index'
import MePage from '@/pages/me/index'
import { renderPage, stubTaroInEachTest } from '../utils/render'
// lazy card images need its IntersectionObserver stand-in
import '../utils/tickets'
import { actAsGridWorker, cardWith, queueOf, shownExcerpts } from '../utils/workbench'

stubTaroInEachTest('navigateTo', 'switchTab', 'stopPullDownRefresh')

/** A tab of the queue by its label; its count (from GET /workbench/summary) sits beside it. */
function tab(label: string): HTMLElement {
  return screen.getByRole('tab', { name: new RegExp(`^${label}`) })
}

async function expectCount(label: string, count: string) {
  await waitFor(() => expect(tab(label).querySelector('.status-tabs__count')?.textContent).toBe(count))
}

async function openQueue() {
  await actAsGridWorker()
  renderPage(<WorkbenchQueuePage />)
  await waitFor(() => expect(shownExcerpts().length).toBeGreaterThan(0))
}

describe('网格员工作台: the queue', () => {
  it('opens on 待处理: my grid’s submitted and accepted tickets, late ones first, then oldest first, with the counts on the tabs', async () => {
    await openQueue()
    const pending = await queueOf('pending')
    expect(pending.map((t) => t.id)).toEqual(['t-0002', 't-0001', 't-0003', 't-0015', 't-0029'])
    const first = document.querySelectorAll('.workbench-card')[0] as HTMLElement
    await waitFor(() => expect(within(first).getByText('受理超时')).toBeTruthy())
    expect(shownExcerpts()).toEqual(pending.map((t) => t.excerpt))
    expect(tab('待处理').getAttribute('aria-selected')).toBe('true')
    await expectCount('待处理', '5')
    await expectCount('已派单', '4')
    await expectCount('超期', '2')
    expect(tab('全部').querySelector('.status-tabs__count')).toBeNull()
    const oldest = cardWith(pending[0].excerpt)
    expect(within(oldest).getByText('待受理')).toBeTruthy()
    expect(within(oldest).getByText(pending[0].categoryName)).toBeTruthy()
    expect(within(cardWith(pending[2].excerpt)).getByText('已受理')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  it('已派单 puts the overdue and urged ones first with 超期 N 小时 and 催办 ×N', async () => {
    await openQueue()
    fireEvent.click(tab('已派单'))
    const dispatched = await queueOf('dispatched')
    await waitFor(() => expect(shownExcerpts()).toEqual(dispatched.map((t) => t.excerpt)))
    expect(dispatched.map((t) => [t.id, t.overdue])).toEqual([
      ['t-0013', true],
      ['t-0005', false],
      ['t-0004', true],
      ['t-0012', false],
    ])
    const cards = document.querySelectorAll('.workbench-card')
    expect(within(cards[0] as HTMLElement).getByText('超期')).toBeTruthy()
    expect(within(cards[0] as HTMLElement).getByText(/^超期 \d+ 小时$/)).toBeTruthy()
    expect(within(cards[1] as HTMLElement).queryByText('超期')).toBeNull()
    expect(within(cards[1] as HTMLElement).getByText('催办 ×1')).toBeTruthy()
    expect(within(cards[2] as HTMLElement).getByText('超期')).toBeTruthy()
    expect(within(cards[3] as HTMLElement).queryByText(/^催办/)).toBeNull()
  })

  it('超期 shows only the overdue, 全部 every ticket of the grid', async () => {
    await openQueue()
    fireEvent.click(tab('超期'))
    await waitFor(() => expect(shownExcerpts()).toHaveLength(2))
    expect(tab('超期').getAttribute('aria-selected')).toBe('true')
    expect(document.querySelectorAll('.workbench-card .overdue-tag')).toHaveLength(2)

    fireEvent.click(tab('全部'))
    const all = await queueOf('all')
    await waitFor(() => expect(shownExcerpts()).toEqual(all.map((t) => t.excerpt)))
    expect(all.length).toBeGreaterThan(9)
    expect(screen.getAllByText('已评价').length).toBeGreaterThan(0)
  })

  it('pages on as I scroll when a tab holds more than one page', async () => {
    await actAsGridWorker()
    // bulk tickets of 王秀兰 land in her community: more than one page of the grid's 全部
    await call(api.devSeedTickets, { body: { count: 200 } })
    const all = await queueOf('all')
    expect(all.length).toBeGreaterThan(20)
    renderPage(<WorkbenchQueuePage />)
    await waitFor(() => expect(shownExcerpts().length).toBeGreaterThan(0))
    fireEvent.click(tab('全部'))
    await waitFor(() => expect(shownExcerpts()).toHaveLength(20))
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(shownExcerpts()).toHaveLength(Math.min(40, all.length)))
  })

  it('opens a ticket for handling on a tap', async () => {
    await openQueue()
    fireEvent.click(screen.getByText((await queueOf('pending'))[1].excerpt))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workbench/pages/ticket/index?id=t-0001' })
  })

  it('tells a resident plainly that the workbench is for grid workers, with a way home', async () => {
    await startSession()
    renderPage(<WorkbenchQueuePage />)
    expect(await screen.findByText('网格员工作台只对网格员开放')).toBeTruthy()
    expect(screen.queryByRole('tab')).toBeNull()
    fireEvent.click(screen.getByText('返回首页'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('shows the server’s refusal when the role is unknown and the server says no', async () => {
    await startSession()
    renderPage(<WorkbenchQueue viewer={{ ready: true, role: null }} />)
    expect(await screen.findByText('您没有权限进行此操作')).toBeTruthy()
    expect(screen.getByText('返回首页')).toBeTruthy()
  })
})

describe('the way into the workbench', () => {
  it('首页 shows a grid worker the 网格员工作台 card with pending + overdue on its badge', async () => {
    await actAsGridWorker()
    renderPage(<HomePage />)
    const title = await screen.findByText('网格员工作台')
    const card = title.closest('.entry-card') as HTMLElement
    expect(await within(card).findByLabelText('待处理和超期的问题 7')).toBeTruthy()
    expect(within(card).getByText('5 件待处理 · 2 件超期')).toBeTruthy()
    fireEvent.click(title)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workbench/pages/queue/index' })
  })

  it('我的 shows it too; a resident sees it on neither page', async () => {
    await actAsGridWorker()
    const grid = renderPage(<MePage />)
    expect(await screen.findByText('网格员工作台')).toBeTruthy()
    grid.unmount()

    setSession(null)
    await startSession()
    renderPage(<MePage />)
    await screen.findByText('王秀兰')
    renderPage(<HomePage />)
    await screen.findByText(/王秀兰，您好/)
    expect(screen.queryByText('网格员工作台')).toBeNull()
  })
})
