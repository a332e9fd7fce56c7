import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'
import { api } from '@/contract'
import { call, setSession, startSession } from '@/api'
import { setElderMode } from '@/components/elder-mode'
import { ROUTES } from '@/components/routes'
import MessagesPage from '@/pages/messages/index'
import PointsPage from '@/packages/points/pages/account/index'
import VoucherPage from '@/packages/points/pages/voucher/index'
import ActivityPage from '@/packages/volunteer/pages/detail/index'
import WorkbenchTicketPage from '@/packages/workbench/pages/ticket/index'
import { asUser, moveClockTo } from '../utils/people'
import { renderPage } from '../utils/render'
import { openWith } from '../utils/tickets'
import { actAsGridWorker } from '../utils/workbench'

/** The pages a message may open, by path: what the app's router would show. */
const PAGES: Record<string, ComponentType> = {
  [ROUTES.points]: PointsPage,
  [ROUTES.voucher('').split('?')[0]]: VoucherPage,
  [ROUTES.activity('').split('?')[0]]: ActivityPage,
  [ROUTES.workbenchTicket('').split('?')[0]]: WorkbenchTicketPage,
}

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  jest.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue({ errMsg: 'stopPullDownRefresh:ok' } as never)
})
afterEach(() => {
  jest.restoreAllMocks()
  setSession(null)
  setElderMode(false)
})

/** 消息 as the signed-in person sees it; returns the row of the newest message with `title`. */
async function messageTitled(title: string): Promise<HTMLElement> {
  const page = renderPage(<MessagesPage />)
  const heading = await screen.findByText(title)
  return Object.assign(heading.closest('.message') as HTMLElement, { unmount: page.unmount })
}

/** Taps a message, then shows the page it navigated to, as the router would. */
async function tapAndFollow(row: HTMLElement & { unmount?: () => void }): Promise<string> {
  expect(within(row).getByText('查看详情 ›')).toBeTruthy()
  fireEvent.click(row)
  await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledTimes(1))
  const { url } = jest.mocked(Taro.navigateTo).mock.calls[0][0]
  const [path, query = ''] = url.split('?')
  const Page = PAGES[path]
  if (!Page) throw new Error(`a message opened ${url}, which no message should`)
  row.unmount?.()
  openWith(Object.fromEntries(new URLSearchParams(query)))
  renderPage(<Page />)
  return url
}

/** Someone else's action without a body (through the mock, with their own token). */
async function postAs(userId: string, path: string, idempotencyKey: string) {
  await (await asUser(userId)).post(path, undefined, { 'idempotency-key': idempotencyKey })
}

describe('messages beyond tickets open what they are about', () => {
  it('积分到账 for an accepted report opens 我的积分 with the entry in 积分明细', async () => {
    await postAs('u-grid-1', '/tickets/t-0001/accept', 'accept-1')
    await startSession()
    const row = await messageTitled('积分到账')
    expect(within(row).getByText('您上报的问题已受理，获得 5 积分，现在共有 125 积分。')).toBeTruthy()
    expect(within(row).getByText('积分变动')).toBeTruthy()
    expect(await tapAndFollow(row)).toBe(ROUTES.points)
    expect(await screen.findByText('积分明细')).toBeTruthy()
    // the newest entry of 积分明细 is the one the message was about
    await waitFor(() =>
      expect(document.querySelector('.ledger-row')?.textContent).toContain('上报的问题被受理'),
    )
    expect(document.querySelector('.ledger-row')?.textContent).toContain('+5')
  })

  it('积分已使用 opens the voucher it paid for', async () => {
    await startSession()
    const voucher = await call(api.createRedemption, {
      body: { rewardId: 'rw-huimian', quantity: 1 },
      idempotencyKey: 'redeem-1',
    })
    const url = await tapAndFollow(await messageTitled('积分已使用'))
    expect(url).toBe(ROUTES.voucher(voucher.id))
    expect(await screen.findByText(voucher.code.replace(/(\d{4})(?=\d)/g, '$1 '))).toBeTruthy()
  })

  it('活动明天开始 arrives when the clock passes the day before, and opens the activity (长辈模式 too)', async () => {
    setElderMode(true)
    await startSession()
    const traffic = await call(api.getActivity, { params: { id: 'act-traffic' } })
    moveClockTo(traffic.startAt, -24 * 60 + 5)
    const row = await messageTitled('活动明天开始')
    expect(row.closest('.page--elder')).toBeTruthy()
    expect(within(row).getByText('志愿活动')).toBeTruthy()
    expect(within(row).getByText(/^您报名的「文明交通劝导」明天 07:30 开始/)).toBeTruthy()
    expect(await tapAndFollow(row)).toBe(ROUTES.activity('act-traffic'))
    expect((await screen.findAllByText('文明交通劝导')).length).toBeGreaterThan(0)
  })
})

describe('a grid worker’s ticket message', () => {
  it('opens the ticket’s handling page in the workbench, not the resident’s ticket page', async () => {
    await postAs('u-resident-1', '/tickets/t-0004/urge', 'urge-1')
    await actAsGridWorker()
    const row = await messageTitled('居民催办')
    expect(await tapAndFollow(row)).toBe(ROUTES.workbenchTicket('t-0004'))
    // the workbench's view: the urge count and the grid worker's own actions
    await waitFor(() => expect(document.body.textContent).toContain('居民已催办 1 次'))
    expect(document.body.textContent).toContain('改派')
  })
})
