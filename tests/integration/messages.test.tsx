import { QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { api, type Notification } from '@/contract'
import { call, createQueryClient, loginWith, setSession, startSession } from '@/api'
import { MessageCentre } from '@/features/notifications/message-centre'
import { useUnreadBadge } from '@/features/notifications/use-unread-badge'
import MessagesPage from '@/pages/messages/index'
import { mockServer } from '../setup/msw'
import { renderPage } from '../utils/render'
import { actAsGridWorker } from '../utils/workbench'

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  jest.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue({ errMsg: 'stopPullDownRefresh:ok' } as never)
  jest.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'setTabBarBadge:ok' })
  jest.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'removeTabBarBadge:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  setSession(null)
})

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.message'))
}

function unreadDots(): number {
  return screen.queryAllByLabelText('未读').length
}

async function backendUnread(): Promise<number> {
  return (await call(api.unreadCount)).count
}

async function openMessages() {
  await startSession()
  const page = renderPage(<MessagesPage />)
  await waitFor(() => expect(rows().length).toBeGreaterThan(0))
  return page
}

describe('消息', () => {
  it('lists my messages newest first: title, kind, words and when, unread ones marked', async () => {
    await openMessages()
    const first = await call(api.listNotifications, { query: { limit: 20 } })
    expect(rows().map((r) => r.querySelector('.message__title')?.textContent)).toEqual(
      first.items.map((m) => m.title),
    )
    expect(await screen.findByText('4 条未读')).toBeTruthy()
    expect(unreadDots()).toBe(4)
    const top = rows()[0]
    expect(top.className).toContain('message--unread')
    expect(within(top).getByText('问题进度')).toBeTruthy()
    expect(within(top).getByText(first.items[0].body)).toBeTruthy()
    expect(within(top).getByText(/^(刚刚|\d+ (分钟|小时|天)前|\d+月\d+日 \d\d:\d\d)$/)).toBeTruthy()
    expect(within(top).getByText('查看详情 ›')).toBeTruthy()
  })

  it('pages on: 28 messages, 20 at first', async () => {
    await openMessages()
    expect(rows()).toHaveLength(20)
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(rows()).toHaveLength(28))
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  it('a tap marks the message read and opens its ticket', async () => {
    await openMessages()
    await screen.findByText('4 条未读')
    const top = rows()[0]
    const first = (await call(api.listNotifications, { query: { limit: 1 } })).items[0]
    fireEvent.click(top)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/resident/pages/ticket/index?id=${first.ticketId}`,
    })
    await waitFor(() => expect(screen.getByText('3 条未读')).toBeTruthy())
    expect(top.className).not.toContain('message--unread')
    expect(unreadDots()).toBe(3)
    await waitFor(async () => expect(await backendUnread()).toBe(3))
    // a read one opens without marking anything again
    fireEvent.click(rows()[10])
    expect(Taro.navigateTo).toHaveBeenCalledTimes(2)
    expect(screen.getByText('3 条未读')).toBeTruthy()
  })

  it('全部已读 clears every dot and the count', async () => {
    await openMessages()
    fireEvent.click(await screen.findByText('全部已读'))
    expect(await screen.findByText('消息都已读')).toBeTruthy()
    expect(unreadDots()).toBe(0)
    expect(screen.queryByText('全部已读')).toBeNull()
    expect(await backendUnread()).toBe(0)
  })

  it('opens an activity message on its activity', async () => {
    const activity: Notification = {
      id: 'n-act-1',
      kind: 'activity',
      title: '活动明天开始',
      body: '您报名的「垃圾分类宣传」明天 08:00 开始，请准时签到。',
      at: new Date().toISOString(),
      read: false,
      ticketId: null,
      activityId: 'act-sorting',
      voucherId: null,
    }
    mockServer.use(
      http.get('*/api/v1/notifications', () => HttpResponse.json({ items: [activity], nextCursor: null })),
    )
    await openMessages()
    expect(screen.getByText('志愿活动')).toBeTruthy()
    fireEvent.click(screen.getByText('活动明天开始'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/volunteer/pages/detail/index?id=act-sorting',
    })
  })

  it('tells the reporter what the grid worker did, newest on top', async () => {
    await actAsGridWorker()
    await call(api.acceptTicket, { params: { id: 't-0001' } })
    await call(api.dispatchTicket, { params: { id: 't-0001' }, body: {} })
    setSession(null)
    await openMessages()
    // 受理 also earned her 5 points: 积分到账 between the two
    expect(await screen.findByText('7 条未读')).toBeTruthy()
    const [dispatched, points, accepted] = rows()
    expect(within(dispatched).getByText('已派单')).toBeTruthy()
    expect(within(dispatched).getByText(/^您上报的「线杆倾斜断裂」已派给 .+，承诺 .+ 前办结。$/)).toBeTruthy()
    expect(within(dispatched).getByText('刚刚')).toBeTruthy()
    expect(within(points).getByText('积分到账')).toBeTruthy()
    expect(within(accepted).getByText('上报已受理')).toBeTruthy()
  })

  it('says so when there are no messages yet', async () => {
    await actAsGridWorker()
    renderPage(<MessagesPage />)
    expect(await screen.findByText('还没有消息')).toBeTruthy()
    expect(screen.getByText('您上报的问题有进展、积分有变动时，会在这里通知您。')).toBeTruthy()
    // nothing to mark as read
    expect(screen.queryByText('全部已读')).toBeNull()
    expect(screen.queryByText('消息都已读')).toBeNull()
  })
})

describe('the unread badge on the 消息 tab', () => {
  const badgeShown = (text: string) =>
    waitFor(() => expect(Taro.setTabBarBadge).toHaveBeenLastCalledWith({ index: 3, text }))

  /** The 消息 page with the app's badge hook on the same query client, as src/app.tsx has it. */
  function openWithBadge() {
    const client = createQueryClient()
    function Harness() {
      useUnreadBadge(client)
      return <MessageCentre />
    }
    return render(
      <QueryClientProvider client={client}>
        <Harness />
      </QueryClientProvider>,
    )
  }

  it('shows the unread count and follows reading one and all', async () => {
    await startSession()
    openWithBadge()
    await badgeShown('4')
    await waitFor(() => expect(rows().length).toBeGreaterThan(0))
    fireEvent.click(rows()[0])
    await badgeShown('3')
    fireEvent.click(await screen.findByText('全部已读'))
    await waitFor(() => expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }))
  })

  it('is fetched again when another person logs in and when another page shows', async () => {
    await startSession()
    openWithBadge()
    await badgeShown('4')

    await loginWith('dev:u-resident-3')
    await badgeShown('5')

    mockServer.use(http.get('*/api/v1/notifications/unread-count', () => HttpResponse.json({ count: 120 })))
    act(() => {
      Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/home/index' } })
    })
    await badgeShown('99+')
  })

  it('sets it again on the next page show when the tab bar refused it (WeChat, on a non-tab page)', async () => {
    jest
      .spyOn(Taro, 'setTabBarBadge')
      .mockRejectedValueOnce({ errMsg: 'setTabBarBadge:fail not TabBar page' })
      .mockResolvedValue({ errMsg: 'setTabBarBadge:ok' })
    await startSession()
    openWithBadge()
    await waitFor(() => expect(Taro.setTabBarBadge).toHaveBeenCalledTimes(1))
    act(() => {
      Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/messages/index' } })
    })
    await waitFor(() => expect(Taro.setTabBarBadge).toHaveBeenCalledTimes(2))
    expect(Taro.setTabBarBadge).toHaveBeenLastCalledWith({ index: 3, text: '4' })
  })
})
