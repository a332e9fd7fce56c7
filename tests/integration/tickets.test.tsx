import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call, loginWith } from '@/api'
import TicketsPage from '@/pages/tickets/index'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { allTickets, cards, failNext, tab } from '../utils/tickets'

// seeded for 王秀兰 (mock/tickets/seed-stories-mine.ts)
const SUBMITTED = '创业路与棉纺路交叉口东北角的电线杆向人行道倾斜，下雨天很危险'
const OVERDUE_DISPATCHED = '伏牛路创业路口人行道上的水管一直往外冒水，路面积了一大片水，走路要绕着走'
const RESOLVED = '桐柏路上靠近创业路口的井盖没了，只拿了块破木板挡着，车一压就翻'
const FOLLOWED = '创业路社区3号楼后面的消防通道天天停满私家车，消防车根本进不来'

stubTaroInEachTest('navigateTo', 'switchTab')

function cardOf(text: string): HTMLElement {
  return screen.getByText(text).closest('.ticket-card') as HTMLElement
}

describe('我的上报', () => {
  it('lists my tickets in the server’s order with their status, 超期 and how many others have the problem', async () => {
    renderPage(<TicketsPage />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText(SUBMITTED)).toBeTruthy()

    expect(within(cardOf(SUBMITTED)).getByText('待受理').className).toContain('status-badge--submitted')
    const overdue = cardOf(OVERDUE_DISPATCHED)
    expect(within(overdue).getByText('已派单')).toBeTruthy()
    expect(within(overdue).getByText('超期')).toBeTruthy()
    // the stepper stands at 派单, and the live deadline says how late it is
    expect(within(overdue).getByLabelText('派单：进行中')).toBeTruthy()
    expect(within(overdue).getByText(/^已超期 \d/)).toBeTruthy()
    expect(within(cardOf(RESOLVED)).queryByText('超期')).toBeNull()
    expect(within(cardOf(RESOLVED)).getByText('已办结')).toBeTruthy()
    expect(within(cardOf(SUBMITTED)).getByText(/前上报$/)).toBeTruthy()
    expect(within(cardOf(SUBMITTED)).getByText('创业路与棉纺路交叉口东北角')).toBeTruthy()
    expect(within(cardOf(SUBMITTED)).getByText('线杆倾斜断裂')).toBeTruthy()

    const mine = await allTickets({ scope: 'mine' })
    expect(cards().map((c) => c.querySelector('.ticket-card__excerpt')!.textContent)).toEqual(
      mine.map((t) => t.excerpt),
    )
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.queryByText(FOLLOWED)).toBeNull()

    // a ticket I followed with 我也遇到 is under 我关注的: two people have it
    fireEvent.click(screen.getByText('我关注的'))
    await screen.findByText(FOLLOWED)
    expect(within(cardOf(FOLLOWED)).getByText('2 人也遇到')).toBeTruthy()
  })

  it('shows a placeholder where a photo is missing or fails to load', async () => {
    renderPage(<TicketsPage />)
    await screen.findByText(SUBMITTED)
    const card = cardOf(SUBMITTED)
    const img = card.querySelector('img') as HTMLImageElement
    expect(within(card).queryByText('无照片')).toBeNull()
    fireEvent.error(img)
    expect(await within(card).findByText('无照片')).toBeTruthy()
  })

  it('filters by status tab', async () => {
    renderPage(<TicketsPage />)
    await screen.findByText(SUBMITTED)
    fireEvent.click(tab('已办结'))
    expect(await screen.findByText(RESOLVED)).toBeTruthy()
    expect(screen.queryByText(SUBMITTED)).toBeNull()
    expect(tab('已办结').getAttribute('aria-selected')).toBe('true')
    const resolved = await allTickets({ scope: 'mine', status: 'resolved' })
    expect(cards()).toHaveLength(resolved.length)
    for (const card of cards()) expect(within(card).getByText('已办结')).toBeTruthy()

    fireEvent.click(tab('未受理'))
    expect(await screen.findByText('不予受理', { selector: '.status-badge' })).toBeTruthy()
    expect(screen.getByText('已合并', { selector: '.status-badge' })).toBeTruthy()
    expect(screen.queryByText(RESOLVED)).toBeNull()
  })

  it('pages with 加载更多 until 没有更多了, each ticket once', async () => {
    await loginWith('dev:u-resident-1')
    await call(api.devSeedTickets, { body: { count: 45 } })
    const total = (await allTickets({ scope: 'mine' })).length
    expect(total).toBeGreaterThan(45)

    renderPage(<TicketsPage />)
    await waitFor(() => expect(cards()).toHaveLength(20))
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(cards()).toHaveLength(40))
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(cards()).toHaveLength(total))
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()

    // each card's tap opens a different ticket
    const urls = cards().map((card) => {
      fireEvent.click(card.querySelector('.ticket-card__tap')!)
      return (Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0].url as string
    })
    expect(new Set(urls).size).toBe(total)
  }, 20_000)

  it('opens a ticket when its card is tapped', async () => {
    renderPage(<TicketsPage />)
    fireEvent.click(await screen.findByText(SUBMITTED))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/ticket/index?id=t-0001' })
  })

  it('says so, with a way to report, when I have reported nothing', async () => {
    await loginWith('dev:u-grid-1')
    renderPage(<TicketsPage />)
    expect(await screen.findByText('您还没有上报过问题')).toBeTruthy()
    fireEvent.click(screen.getByText('去上报问题'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/report/index' })
  })

  it('shows a plain error with 重试 when the server keeps failing', async () => {
    await failNext(3)
    renderPage(<TicketsPage />)
    expect(await screen.findByText('服务器开小差了，请稍后再试', {}, { timeout: 8000 })).toBeTruthy()
    expect(screen.queryByText(SUBMITTED)).toBeNull()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText(SUBMITTED)).toBeTruthy()
  }, 15_000)
})
