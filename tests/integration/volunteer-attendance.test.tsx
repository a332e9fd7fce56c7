import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call } from '@/api'
import DevPanelPage from '@/packages/dev/pages/panel/index'
import PointsPage from '@/packages/points/pages/account/index'
import CheckinPage from '@/packages/volunteer/pages/checkin/index'
import ActivityPage from '@/packages/volunteer/pages/detail/index'
import { canScan, scanCode } from '@/platform/scan'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { activityCode, moveClockTo } from '../utils/people'
import { openWith } from '../utils/tickets'

jest.mock('@/platform/scan', () => ({ canScan: jest.fn(() => false), scanCode: jest.fn(async () => null) }))

const RUNNING = 'act-cleanup-now' // started an hour before this hour; 王秀兰 signed up
const SORTING = 'act-sorting' // in 4 days 08:00–10:30: 2.5 hours, at most 20 points

function openAttendance(id: string, kind: 'checkin' | 'checkout') {
  openWith({ id, kind })
  return renderPage(<CheckinPage />)
}

function openActivity(id: string) {
  openWith({ id })
  return renderPage(<ActivityPage />)
}

function row(label: string): string {
  const labels = screen.getAllByText(label).filter((e) => e.className.includes('info-row__label'))
  return labels[0].parentElement!.querySelector('.info-row__value')!.textContent ?? ''
}

/** Types the code into the 签到码 field and confirms, as on H5. */
async function typeCode(code: string, confirm: '确认签到' | '确认签退') {
  fireEvent.input(await screen.findByLabelText('签到码'), { target: { value: code } })
  fireEvent.click(screen.getByText(confirm))
}

stubTaroInEachTest('navigateTo', 'showToast')
beforeEach(() => {
  jest.mocked(canScan).mockReturnValue(false)
})

describe('签到 and 签退 by code', () => {
  it('on H5 checks in by typing the activity’s code; the detail then offers 签退', async () => {
    openAttendance(RUNNING, 'checkin')
    expect(await screen.findByText('签到：社区环境清洁日')).toBeTruthy()
    expect(screen.getByText(/^请输入活动现场二维码下方的签到码/)).toBeTruthy()
    await typeCode((await activityCode(RUNNING)).toLowerCase(), '确认签到')
    expect(await screen.findByText('✓ 签到成功')).toBeTruthy()
    expect(screen.getByText(/活动结束时请再扫码签退，才能得到积分/)).toBeTruthy()

    openActivity(RUNNING)
    expect(await screen.findByText('签退')).toBeTruthy()
    expect(row('状态')).toBe('已签到')
    expect(screen.queryByText('取消报名')).toBeNull()
  })

  it('on WeChat scans the code with the camera', async () => {
    jest.mocked(canScan).mockReturnValue(true)
    jest.mocked(scanCode).mockResolvedValue(await activityCode(RUNNING))
    openAttendance(RUNNING, 'checkin')
    expect(await screen.findByText('请扫描活动现场张贴的签到二维码。')).toBeTruthy()
    expect(screen.queryByLabelText('签到码')).toBeNull()
    fireEvent.click(screen.getByText('扫码签到'))
    expect(await screen.findByText('✓ 签到成功')).toBeTruthy()
    expect(scanCode).toHaveBeenCalled()
  })

  it('on WeChat, a closed camera changes nothing, and the code can still be typed', async () => {
    jest.mocked(canScan).mockReturnValue(true)
    jest.mocked(scanCode).mockResolvedValue(null)
    openAttendance(RUNNING, 'checkin')
    fireEvent.click(await screen.findByText('扫码签到'))
    await waitFor(() => expect(scanCode).toHaveBeenCalled())
    expect(screen.queryByText('✓ 签到成功')).toBeNull()
    fireEvent.click(screen.getByText('扫不出来？手动输入签到码'))
    await typeCode(await activityCode(RUNNING), '确认签到')
    expect(await screen.findByText('✓ 签到成功')).toBeTruthy()
  })

  it('refuses another activity’s code plainly', async () => {
    openAttendance(RUNNING, 'checkin')
    await typeCode(await activityCode(SORTING), '确认签到')
    expect(await screen.findByText('这是「垃圾分类指导」的签到码，不是本活动的')).toBeTruthy()
  })

  it('refuses a second scan', async () => {
    const code = await activityCode(RUNNING)
    await call(api.checkIn, { params: { id: RUNNING }, body: { code } })
    openAttendance(RUNNING, 'checkin')
    await typeCode(code, '确认签到')
    expect(await screen.findByText(/^您已经签到过了（\d+月\d+日 \d\d:\d\d）$/)).toBeTruthy()
  })

  it('refuses a check-in outside its window, and says from when it opens', async () => {
    await call(api.signUpActivity, { params: { id: SORTING } })
    openActivity(SORTING)
    expect(
      await screen.findByText(/^您已报名。活动开始前 1 小时起可签到（\d+月\d+日 07:00 起）。$/),
    ).toBeTruthy()
    openAttendance(SORTING, 'checkin')
    await typeCode(await activityCode(SORTING), '确认签到')
    expect(await screen.findByText('不在签到时间内，活动开始前 1 小时起可签到')).toBeTruthy()
  })

  it('pays 10 points a full hour, capped at the activity’s length, and the ledger shows it', async () => {
    const code = await activityCode(SORTING)
    const a = await call(api.signUpActivity, { params: { id: SORTING } })
    moveClockTo(a.startAt, -30)
    await call(api.checkIn, { params: { id: SORTING }, body: { code } })
    // three hours after checking in, but the activity lasts two and a half
    moveClockTo(a.endAt, 30)
    openAttendance(SORTING, 'checkout')
    await typeCode(code, '确认签退')
    expect(await screen.findByText('✓ 签退成功')).toBeTruthy()
    expect(screen.getByText('服务 2 小时 30 分钟，获得 20 积分')).toBeTruthy()
    fireEvent.click(screen.getByText('查看我的积分'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/points/pages/account/index' })

    renderPage(<PointsPage />)
    expect(await screen.findByLabelText('积分余额 140 分')).toBeTruthy()
    const first = document.querySelector('.ledger-row') as HTMLElement
    expect(first.querySelector('.ledger-row__amount')?.textContent).toBe('+20')
    expect(first.querySelector('.ledger-row__reason')?.textContent).toBe('志愿服务')
    expect(first.textContent).toContain('参加「垃圾分类指导」服务 2 小时 30 分钟')
    expect(first.textContent).toContain('余额 140')
    expect(first.textContent).toContain('编号 act-sorting')
  })

  it('refuses a second check-out', async () => {
    const code = await activityCode(RUNNING)
    await call(api.checkIn, { params: { id: RUNNING }, body: { code } })
    await call(api.checkOut, { params: { id: RUNNING }, body: { code } })
    openAttendance(RUNNING, 'checkout')
    await typeCode(code, '确认签退')
    expect(await screen.findByText(/^您已经签退过了（\d+月\d+日 \d\d:\d\d）$/)).toBeTruthy()
  })

  it('counts a forgotten check-out only up to the scheduled end', async () => {
    const code = await activityCode(SORTING)
    const a = await call(api.signUpActivity, { params: { id: SORTING } })
    moveClockTo(a.startAt, 44.5)
    await call(api.checkIn, { params: { id: SORTING }, body: { code } })
    moveClockTo(a.checkoutClosesAt, 1)
    openActivity(SORTING)
    expect(await screen.findByText('未签退，按活动结束时间计算')).toBeTruthy()
    expect(row('状态')).toBe('已完成')
    expect(row('服务时长')).toBe('1 小时 45 分钟')
    expect(row('获得积分')).toBe('10 分')
    openAttendance(SORTING, 'checkout')
    await typeCode(code, '确认签退')
    expect(await screen.findByText('签退时间已过，已按活动结束时间计算服务时长')).toBeTruthy()
  })

  it('the developer panel lists the code of every activity still open, with its windows', async () => {
    renderPage(<DevPanelPage />)
    expect(await screen.findByText('活动签到码')).toBeTruthy()
    expect(await screen.findByText(await activityCode(RUNNING))).toBeTruthy()
    expect(screen.getByText(await activityCode(SORTING))).toBeTruthy()
    // the eight activities whose check-out is still ahead; past ones are only counted
    await waitFor(() =>
      expect(screen.getAllByText(/^签到 \d+月\d+日 \d\d:\d\d 起，签退至 \d+月\d+日 \d\d:\d\d$/)).toHaveLength(
        8,
      ),
    )
    expect(screen.queryByText(await activityCode('act-past-traffic'))).toBeNull()
    expect(screen.getByText(/^另有 \d+ 个活动已过签退时间，不再列出。$/)).toBeTruthy()
  })
})
