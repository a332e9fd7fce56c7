import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { api } from '@/contract'
import { call, setSession, startSession } from '@/api'
import BoardPage from '@/packages/resident/pages/board/index'
import HomePage from '@/pages/home/index'
import { getCurrentPosition, LocationError } from '@/platform/location'
import { mockServer } from '../setup/msw'
import { renderPage } from '../utils/render'
import { allTickets, cards, tab } from '../utils/tickets'

jest.mock('@/platform/location', () => ({
  ...jest.requireActual('@/platform/location'),
  getCurrentPosition: jest.fn(),
}))
const locate = getCurrentPosition as jest.MockedFunction<typeof getCurrentPosition>

const MY_COMMUNITY = 'c-chuangye-lu' // 王秀兰's
const XILI_CENTER = { lat: 34.764, lng: 113.641 } // 西里路社区, 2 km north
// seeded (mock/tickets/seed-stories-*.ts)
const NEIGHBOURS_OPEN = '社区活动中心门口的电线杆有点歪了，上面的电线也垂得很低，孩子们经常在这儿玩' // t-0015
const MY_OWN = '创业路与棉纺路交叉口东北角的电线杆向人行道倾斜，下雨天很危险' // t-0001
const IN_XILI = '西里路与建设西路交叉口的井盖松动，车一过就哐哐响，晚上吵得睡不着'

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  locate.mockReset()
  setSession(null)
})

/** 附近的问题 opens on the map; these tests read the list, one tap away. */
function renderBoardList() {
  renderPage(<BoardPage />)
  fireEvent.click(tab('列表'))
}

function cardOf(text: string): HTMLElement {
  return screen.getByText(text).closest('.ticket-card') as HTMLElement
}

async function showAll() {
  while (screen.queryByText('加载更多')) {
    const before = cards().length
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(cards().length).toBeGreaterThan(before))
  }
}

describe('附近的问题', () => {
  it('is reachable from 首页', async () => {
    renderPage(<HomePage />)
    fireEvent.click(screen.getByText('附近的问题'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/board/index' })
  })

  it('lists my community’s public tickets, page after page, without naming reporters', async () => {
    renderBoardList()
    expect(await screen.findByText('创业路社区的问题')).toBeTruthy()
    await waitFor(() => expect(cards()).toHaveLength(20))
    await showAll()
    const expected = await allTickets({ scope: 'public', communityId: MY_COMMUNITY })
    expect(expected.length).toBeGreaterThan(20)
    expect(cards().map((c) => c.querySelector('.ticket-card__excerpt')!.textContent)).toEqual(
      expected.map((t) => t.excerpt),
    )
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.queryByText(/王秀兰|刘德福/)).toBeNull()
    expect(tab('我的社区').getAttribute('aria-selected')).toBe('true')
  })

  it('+1 我也遇到 once: then 已关注, and the count goes up', async () => {
    renderBoardList()
    await screen.findByText(NEIGHBOURS_OPEN)
    const card = cardOf(NEIGHBOURS_OPEN)
    expect(within(card).getByText('1 人也遇到')).toBeTruthy()
    fireEvent.click(within(card).getByText('+1 我也遇到'))
    const done = await within(card).findByText('已关注')
    expect(within(card).getByText('2 人也遇到')).toBeTruthy()
    expect(done.closest('.taro-button-core')!.classList).toContain('taro-btn-disabled')
    fireEvent.click(done)
    const t = await call(api.getTicket, { params: { id: 't-0015' } })
    expect(t.supportedByMe).toBe(true)
    expect(t.supportCount).toBe(2)
  })

  it('never offers +1 on my own ticket: it says it is mine', async () => {
    renderBoardList()
    await screen.findByText(MY_OWN)
    const card = cardOf(MY_OWN)
    expect(within(card).getByText('这是您上报的问题')).toBeTruthy()
    expect(within(card).queryByText('+1 我也遇到')).toBeNull()
  })

  it('switches to what is within 1 km of where I stand', async () => {
    locate.mockResolvedValue(XILI_CENTER)
    renderBoardList()
    await screen.findByText(NEIGHBOURS_OPEN)
    fireEvent.click(tab('我附近 1 公里'))
    expect(await screen.findByText('您附近 1 公里内的问题')).toBeTruthy()
    expect(await screen.findByText(IN_XILI)).toBeTruthy()
    expect(screen.queryByText(NEIGHBOURS_OPEN)).toBeNull()
    expect(tab('我附近 1 公里').getAttribute('aria-selected')).toBe('true')

    fireEvent.click(tab('我的社区'))
    expect(await screen.findByText(NEIGHBOURS_OPEN)).toBeTruthy()
  })

  it('stays on my community, and says why, when locating fails', async () => {
    locate.mockRejectedValue(new LocationError('没有定位权限'))
    renderBoardList()
    await screen.findByText(NEIGHBOURS_OPEN)
    fireEvent.click(tab('我附近 1 公里'))
    expect(await screen.findByText(/^没有定位权限，先为您显示所在社区的问题/)).toBeTruthy()
    expect(tab('我的社区').getAttribute('aria-selected')).toBe('true')
    expect(screen.getByText(NEIGHBOURS_OPEN)).toBeTruthy()
  })

  it('shows 创业路社区 when I have not set a community', async () => {
    await startSession()
    const me = await call(api.me)
    mockServer.use(http.get('*/api/v1/me', () => HttpResponse.json({ ...me, communityId: null })))
    renderBoardList()
    expect(await screen.findByText('创业路社区附近的问题（您还没有设置所在社区）')).toBeTruthy()
    expect(await screen.findByText(NEIGHBOURS_OPEN)).toBeTruthy()
  })

  it('shows a plain error with 重试 when the list fails', async () => {
    const fail = () =>
      HttpResponse.json(
        { error: { code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }, requestId: 'r-test' },
        { status: 500 },
      )
    mockServer.use(
      http.get('*/api/v1/tickets', fail, { once: true }),
      http.get('*/api/v1/tickets', fail, { once: true }),
      http.get('*/api/v1/tickets', fail, { once: true }),
    )
    renderBoardList()
    expect(await screen.findByText('服务器开小差了，请稍后再试', {}, { timeout: 8000 })).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText(NEIGHBOURS_OPEN)).toBeTruthy()
  }, 15_000)
})
