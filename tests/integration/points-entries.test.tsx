import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ReactElement } from 'react'
import { api } from '@/contract'
import { call, loginWith, setSession } from '@/api'
import { setElderMode } from '@/components/elder-mode'
import MallPage from '@/packages/points/pages/mall/index'
import MerchantPage from '@/packages/points/pages/merchant/index'
import PointsPage from '@/packages/points/pages/account/index'
import VerifyPage from '@/packages/points/pages/verify/index'
import VoucherPage from '@/packages/points/pages/voucher/index'
import VouchersPage from '@/packages/points/pages/vouchers/index'
import CheckinPage from '@/packages/volunteer/pages/checkin/index'
import ActivityPage from '@/packages/volunteer/pages/detail/index'
import ActivitiesPage from '@/packages/volunteer/pages/list/index'
import HomePage from '@/pages/home/index'
import MePage from '@/pages/me/index'
import { renderPage } from '../utils/render'
import { openWith } from '../utils/tickets'

jest.mock('@/platform/scan', () => ({ canScan: jest.fn(() => false), scanCode: jest.fn(async () => null) }))

function entry(title: string): HTMLElement {
  return screen.getByText(title, { selector: '.entry-card__title' }).closest('.entry-card') as HTMLElement
}

function linkRow(title: string): HTMLElement {
  return screen.getByText(title, { selector: '.list-row__title' }).closest('.link-row') as HTMLElement
}

/** Tapping `el` opens the page at `url`. */
function expectTapOpens(el: HTMLElement, url: string) {
  fireEvent.click(el)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url })
}

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  setSession(null)
  setElderMode(false)
  Taro.clearStorageSync()
})

describe('entries on 首页 and 我的', () => {
  it('首页 has 志愿活动 with the open activities and 积分商城 with my balance', async () => {
    renderPage(<HomePage />)
    const open = (await call(api.listActivities, { query: { status: 'open' } })).items.length
    expect(await screen.findByLabelText(`报名中的活动 ${open}`)).toBeTruthy()
    expect(within(entry('志愿活动')).getByText(`${open} 个活动正在报名`)).toBeTruthy()
    expect(await screen.findByLabelText('我的积分 120 分')).toBeTruthy()
    expectTapOpens(entry('志愿活动'), '/packages/volunteer/pages/list/index')
    expectTapOpens(entry('积分商城'), '/packages/points/pages/mall/index')
  })

  it('我的 has my points, my activities, my vouchers and 我是商户', async () => {
    renderPage(<MePage />)
    await screen.findByText('我的积分')
    expect(await within(linkRow('我的积分')).findByText('120 分')).toBeTruthy()
    expect(await within(linkRow('我的活动')).findByText('2 个待参加')).toBeTruthy()
    expect(await within(linkRow('我的兑换券')).findByText('1 张待使用')).toBeTruthy()
    expect(await screen.findByText('认证店铺，参加商户活动、核销兑换券')).toBeTruthy()
    expect(screen.queryByText('核销兑换券')).toBeNull()
    expectTapOpens(linkRow('我的活动'), '/packages/volunteer/pages/list/index?tab=mine')
    expectTapOpens(linkRow('我是商户'), '/packages/points/pages/merchant/index')
  })

  it('a verified merchant also has 核销兑换券 on 我的', async () => {
    await loginWith('dev:u-merchant-1')
    renderPage(<MePage />)
    expect(await screen.findByText('店铺已认证，可参加商户活动')).toBeTruthy()
    expectTapOpens(linkRow('核销兑换券'), '/packages/points/pages/verify/index')
  })

  it('a grid worker, who has no points or activities, sees neither', async () => {
    await loginWith('dev:u-grid-1')
    renderPage(<MePage />)
    expect(await screen.findByText('网格员')).toBeTruthy()
    await waitFor(() => expect(screen.queryByText('我的积分')).toBeNull())
    await waitFor(() => expect(screen.queryByText('我的活动')).toBeNull())
    expect(screen.queryByText('我是商户')).toBeNull()
  })
})

describe('长辈模式', () => {
  const pages: [string, Record<string, string>, () => ReactElement, string][] = [
    ['志愿活动', {}, () => <ActivitiesPage />, '垃圾分类指导'],
    ['活动详情', { id: 'act-sorting' }, () => <ActivityPage />, '报名参加'],
    ['签到', { id: 'act-cleanup-now', kind: 'checkin' }, () => <CheckinPage />, '确认签到'],
    ['我的积分', {}, () => <PointsPage />, '积分明细'],
    ['积分商城', {}, () => <MallPage />, '烩面一碗'],
    ['我的兑换券', {}, () => <VouchersPage />, '理发券'],
    ['兑换券', { id: 'rd-00002' }, () => <VoucherPage />, '取消兑换，退回积分'],
    ['我是商户', {}, () => <MerchantPage />, '提交认证'],
    ['核销', {}, () => <VerifyPage />, '只有认证商户可以核销兑换券'],
  ]
  it.each(pages)('%s renders in 长辈模式', async (_, params, page, text) => {
    setElderMode(true)
    openWith(params)
    const { container } = renderPage(page())
    expect((await screen.findAllByText(text)).length).toBeGreaterThan(0)
    expect(container.querySelector('.page')?.className).toContain('page--elder')
  })
})
