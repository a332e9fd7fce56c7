import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { dialogs } from '@/components/dialog'
import { call, loginWith } from '@/api'
import { shortDateTime } from '@/components/time'
import ActivityPage from '@/packages/volunteer/pages/detail/index'
import ActivitiesPage from '@/packages/volunteer/pages/list/index'
import { mockBackend } from '../setup/msw'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { moveClockTo } from '../utils/people'
import { openWith, tab } from '../utils/tickets'

jest.mock('@/platform/scan', () => ({ canScan: jest.fn(() => false), scanCode: jest.fn(async () => null) }))

// seeded (mock/README.md, "Seeded activities"), as 王秀兰 sees them
const SORTING = 'act-sorting' // in 4 days 08:00–10:30, 14 of 20 places left, max 20 points
const LIBRARY = 'act-library' // full
const CLINIC = 'act-clinic' // clashes with 文明交通劝导, which she signed up for
const ANTIFRAUD = 'act-antifraud' // sign-up closed yesterday
const PATROL = 'act-patrol-sat' // merchants only; 刘德福 signed up
const FIRE_DRILL = 'act-fire-drill' // merchants; clashes with the patrol

function openList(tabName?: string) {
  openWith(tabName ? { tab: tabName } : {})
  return renderPage(<ActivitiesPage />)
}

function openActivity(id: string) {
  openWith({ id })
  return renderPage(<ActivityPage />)
}

function cardOf(title: string): HTMLElement {
  return screen.getByText(title).closest('.activity-card') as HTMLElement
}

/** The value of an info row of the detail, by its label. */
function row(label: string): string {
  const labels = screen.getAllByText(label).filter((e) => e.className.includes('info-row__label'))
  return labels[0].parentElement!.querySelector('.info-row__value')!.textContent ?? ''
}

stubTaroInEachTest('navigateTo', 'showToast')

describe('志愿活动 list', () => {
  it('shows 居民活动 soonest first with status, time, place, places left and the most points', async () => {
    openList()
    expect(await screen.findByText('垃圾分类指导')).toBeTruthy()
    expect(tab('居民活动').getAttribute('aria-selected')).toBe('true')
    const titles = Array.from(document.querySelectorAll('.activity-card__title')).map((e) => e.textContent)
    expect(titles).toEqual([
      '社区环境清洁日',
      '防电信诈骗宣传',
      '文明交通劝导',
      '爱心义诊进社区',
      '社区图书角整理',
      '垃圾分类指导',
    ])
    const sorting = cardOf('垃圾分类指导')
    expect(within(sorting).getByText('报名中')).toBeTruthy()
    expect(within(sorting).getByText('剩余 14 个名额')).toBeTruthy()
    expect(within(sorting).getByText('最多 20 分')).toBeTruthy()
    expect(within(sorting).getByText(/^\d+月\d+日 周. 08:00–10:30$/)).toBeTruthy()
    expect(within(cardOf('社区图书角整理')).getByText('名额已满')).toBeTruthy()
    expect(within(cardOf('社区环境清洁日')).getByText('进行中')).toBeTruthy()
    expect(within(cardOf('文明交通劝导')).getByText('已报名')).toBeTruthy()
    expect(within(cardOf('防电信诈骗宣传')).getByText('报名截止')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()

    fireEvent.click(cardOf('垃圾分类指导'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/volunteer/pages/detail/index?id=act-sorting',
    })
  })

  it('我的活动 lists what I signed up for, with what I earned', async () => {
    openList('mine')
    expect(await screen.findByText('文明交通劝导')).toBeTruthy()
    expect(tab('我的活动').getAttribute('aria-selected')).toBe('true')
    expect(within(cardOf('社区环境清洁日')).getByText('已报名')).toBeTruthy()
    expect(screen.getAllByText('已完成').length).toBeGreaterThan(2)
    expect(screen.getAllByText(/^获得 \d+ 分$/).length).toBeGreaterThan(2)
    expect(screen.getByText('未参加')).toBeTruthy()
  })

  it('商户活动 is refused plainly to a resident without a verified shop, with the way to verify', async () => {
    openList()
    await screen.findByText('垃圾分类指导')
    fireEvent.click(tab('商户活动'))
    expect(await screen.findByText('商户活动仅对认证商户开放，请先在「我是商户」完成店铺认证')).toBeTruthy()
    fireEvent.click(screen.getByText('去认证店铺'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/points/pages/merchant/index' })
  })

  it('a verified merchant sees 商户活动, and a clashing one is refused plainly', async () => {
    await loginWith('dev:u-merchant-1')
    openList('merchant')
    expect(await screen.findByText('周六平安巡逻')).toBeTruthy()
    expect(within(cardOf('周六平安巡逻')).getByText('已报名')).toBeTruthy()
    expect(within(cardOf('沿街商户消防安全培训')).getByText('商户活动')).toBeTruthy()
    openActivity(FIRE_DRILL)
    expect(await screen.findByText('这个时间您已报名了「周六平安巡逻」')).toBeTruthy()
    expect(screen.queryByText('报名参加')).toBeNull()
  })
})

describe('活动详情', () => {
  it('shows time, place, organiser, places left, deadline, points rule and what to bring', async () => {
    openActivity(SORTING)
    expect(await screen.findByText('报名参加')).toBeTruthy()
    const a = await call(api.getActivity, { params: { id: SORTING } })
    expect(screen.getByText('垃圾分类指导', { selector: '.activity-overview__title' })).toBeTruthy()
    expect(row('时间')).toMatch(/^\d+月\d+日 周. 08:00–10:30$/)
    expect(row('地点')).toBe(a.place)
    expect(row('组织方')).toBe(a.organiser)
    expect(row('名额')).toBe('剩余 14 个（共 20 人）')
    expect(row('报名截止')).toBe(shortDateTime(a.signupDeadline))
    expect(row('积分')).toBe('签到并签退后，每满 1 小时 10 分，本活动最多 20 分')
    expect(screen.getByText('请携带')).toBeTruthy()
    for (const thing of a.bring) expect(screen.getByText(`· ${thing}`)).toBeTruthy()
    expect(row('联系方式')).toBe(a.contact)
  })

  it('signs up within capacity, then cancels after asking, which frees the place', async () => {
    const modal = jest.spyOn(dialogs, 'confirm').mockResolvedValue(true)
    openActivity(SORTING)
    fireEvent.click(await screen.findByText('报名参加'))
    expect(await screen.findByText('取消报名')).toBeTruthy()
    expect(row('名额')).toBe('剩余 13 个（共 20 人）')
    expect(row('状态')).toBe('已报名')
    expect(screen.getByText(/^您已报名。活动开始前 1 小时起可签到/)).toBeTruthy()
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '报名成功' }))

    fireEvent.click(screen.getByText('取消报名'))
    expect(await screen.findByText('报名参加')).toBeTruthy()
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消报名' }))
    expect(row('名额')).toBe('剩余 14 个（共 20 人）')
    expect(row('状态')).toBe('已取消')
  })

  it('keeps the sign-up when the person thinks again', async () => {
    jest.spyOn(dialogs, 'confirm').mockResolvedValue(false)
    openActivity('act-traffic')
    fireEvent.click(await screen.findByText('取消报名'))
    await waitFor(() => expect(dialogs.confirm).toHaveBeenCalled())
    expect(row('状态')).toBe('已报名')
  })

  it.each([
    [LIBRARY, '名额已满'],
    [CLINIC, '这个时间您已报名了「文明交通劝导」'],
    [PATROL, '这是商户活动，请先在「我是商户」完成店铺认证'],
  ])('refuses %s plainly, without a 报名 button', async (id, message) => {
    openActivity(id)
    expect(await screen.findByText(message)).toBeTruthy()
    expect(screen.queryByText('报名参加')).toBeNull()
  })

  it('says when sign-up closed', async () => {
    openActivity(ANTIFRAUD)
    const a = await call(api.getActivity, { params: { id: ANTIFRAUD } })
    expect(await screen.findByText(`报名已截止（${shortDateTime(a.signupDeadline)} 截止）`)).toBeTruthy()
  })

  it('shows the server’s refusal when the deadline passed while the page was open', async () => {
    openActivity(SORTING)
    const button = await screen.findByText('报名参加')
    const a = await call(api.getActivity, { params: { id: SORTING } })
    moveClockTo(a.signupDeadline, 5)
    fireEvent.click(button)
    expect(await screen.findByText(`报名已截止（${shortDateTime(a.signupDeadline)} 截止）`)).toBeTruthy()
    await waitFor(() => expect(screen.queryByText('报名参加')).toBeNull())
    expect(screen.getAllByText(/^报名已截止/)).toHaveLength(1)
  })

  it('shows the server’s refusal when the last place went while the page was open', async () => {
    openActivity(SORTING)
    const button = await screen.findByText('报名参加')
    // meanwhile the organiser cuts the places to the 6 already taken
    const activity = mockBackend.store.state.volunteer.activities.find((x) => x.id === SORTING)!
    activity.capacity = 6
    fireEvent.click(button)
    expect(await screen.findByText('名额已满')).toBeTruthy()
    await waitFor(() => expect(row('名额')).toBe('名额已满（共 6 人）'))
  })
})
