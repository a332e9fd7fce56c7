import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { api } from '@/contract'
import Taro from '@tarojs/taro'
import { call, startSession } from '@/api'
import { shortDateTime } from '@/components/time'
import TicketPage from '@/packages/resident/pages/ticket/index'
import { mockBackend } from '../setup/msw'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { failNext, openWith } from '../utils/tickets'
import { button } from '../utils/buttons'

// seeded for 王秀兰 (mock/tickets/seed-stories-*.ts)
const OVERDUE = 't-0004' // dispatched, past its deadline, never urged
const URGED = 't-0005' // processing, urged 5 hours ago
const RESOLVED = 't-0006' // resolved 46 hours ago: rate or reopen
const RESOLVED_5_DAYS = 't-0007'
const OTHERS_OPEN = 't-0015' // 刘德福's, accepted, one supporter
const OTHERS_ANONYMOUS = 't-0016'
const HOUR = 60

function open(id: string) {
  openWith({ id })
  return renderPage(<TicketPage />)
}

function badge(): HTMLElement {
  return document.querySelector('.ticket-overview .status-badge') as HTMLElement
}

function textarea(form: '.rate-form' | '.reopen-form'): HTMLTextAreaElement {
  return document.querySelector(`${form} textarea`) as HTMLTextAreaElement
}

function disabled(label: HTMLElement): boolean {
  return label.closest('.taro-button-core')?.classList.contains('taro-btn-disabled') ?? false
}

stubTaroInEachTest('showToast', 'switchTab')

describe('问题详情', () => {
  it('shows the problem, its promised deadline, 超期, and every step newest first', async () => {
    open(OVERDUE)
    expect(await screen.findByText(/^伏牛路创业路口人行道上的水管/)).toBeTruthy()
    const t = await call(api.getTicket, { params: { id: OVERDUE } })
    expect(badge().textContent).toBe('已派单')
    expect(within(document.querySelector('.ticket-overview')!).getByText('超期')).toBeTruthy()
    expect(screen.getByText(`承诺 ${shortDateTime(t.deadline!)} 前办结（已超期）`)).toBeTruthy()
    expect(screen.getByText('预计 24 小时内处理 · 自来水公司')).toBeTruthy()
    expect(screen.getByText('伏牛路与创业路交叉口人行道')).toBeTruthy()
    expect(screen.getByText(shortDateTime(t.createdAt))).toBeTruthy()
    expect(screen.getByText('王秀兰')).toBeTruthy()

    const titles = Array.from(document.querySelectorAll('.timeline__title')).map((e) => e.textContent)
    expect(titles).toEqual(['派单到职能部门', '网格员受理', '提交上报'])
    const steps = Array.from(document.querySelectorAll('.timeline__meta')).map((e) => e.textContent)
    expect(steps[0]).toMatch(/^网格员 赵\*\* · /)
    expect(steps[2]).toMatch(/^居民 王\*\* · /)
    expect(screen.getByText('派单至自来水公司')).toBeTruthy()
  })

  it('opens the photo viewer on a tap', async () => {
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' })
    open(RESOLVED)
    fireEvent.click(await screen.findByLabelText('现场照片 2'))
    const t = await call(api.getTicket, { params: { id: RESOLVED } })
    // the viewer's code loads with the first tap (src/platform/preview-image.ts)
    await waitFor(() =>
      expect(preview).toHaveBeenCalledWith({ current: t.photos[1].url, urls: t.photos.map((p) => p.url) }),
    )
  })

  it('urges an overdue ticket once, then says when it can be urged again', async () => {
    open(OVERDUE)
    fireEvent.click(await screen.findByText('催办'))
    expect(await screen.findByText('已催办，24 小时后可再次催办')).toBeTruthy()
    expect(screen.queryByText('催办')).toBeNull()
    expect(screen.getByText('居民催办')).toBeTruthy()
  })

  it('explains a refused urge (429) with the hours to wait', async () => {
    open(OVERDUE)
    const button = await screen.findByText('催办')
    // urged meanwhile from another phone, five hours ago
    await call(api.urgeTicket, { params: { id: OVERDUE } })
    mockBackend.clock.advance(5 * HOUR)
    fireEvent.click(button)
    expect(await screen.findByText('已催办，19 小时后可再次催办')).toBeTruthy()
    expect(screen.queryByText('催办')).toBeNull()
  })

  it('shows when an urged ticket can be urged again, without a button', async () => {
    open(URGED)
    expect(await screen.findByText('已催办，19 小时后可再次催办')).toBeTruthy()
    expect(screen.queryByText('催办')).toBeNull()
  })

  it('rates a resolved ticket with stars and a comment, which closes it', async () => {
    open(RESOLVED)
    fireEvent.click(await screen.findByText('提交评价'))
    expect(screen.getByText('请先点星星打分')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('4 星'))
    expect(screen.getByText('满意')).toBeTruthy()
    fireEvent.change(textarea('.rate-form'), { target: { value: '井盖换好了，谢谢' } })
    fireEvent.click(screen.getByText('提交评价'))
    await waitFor(() => expect(badge().textContent).toBe('已评价'))
    expect(screen.getByText('我的评价')).toBeTruthy()
    expect(screen.getByText('4 星 · 满意')).toBeTruthy()
    expect(screen.getAllByText('井盖换好了，谢谢').length).toBeGreaterThan(0)
    expect(screen.getByText('居民评价')).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull()
  })

  it('asks for a reason before reopening, then sends the ticket back (已受理)', async () => {
    open(RESOLVED)
    fireEvent.click(await screen.findByText('不满意，重新处理'))
    fireEvent.change(textarea('.reopen-form'), { target: { value: '没修' } })
    fireEvent.click(button('提交'))
    expect(screen.getByText('请说明原因，至少 5 个字')).toBeTruthy()
    expect(badge().textContent).toBe('已办结')

    fireEvent.change(textarea('.reopen-form'), { target: { value: '新井盖装歪了，车一压还是响' } })
    expect(screen.queryByText('请说明原因，至少 5 个字')).toBeNull()
    fireEvent.click(button('提交'))
    await waitFor(() => expect(badge().textContent).toBe('已受理'))
    expect(screen.getByText('重新处理')).toBeTruthy()
    expect(screen.getByText('新井盖装歪了，车一压还是响')).toBeTruthy()
    expect(screen.queryByText('不满意，重新处理')).toBeNull()
  })

  it('shows the server’s refusal when reopening comes too late', async () => {
    open(RESOLVED_5_DAYS)
    fireEvent.click(await screen.findByText('不满意，重新处理'))
    fireEvent.change(textarea('.reopen-form'), { target: { value: '小广告又贴满了，没有人管' } })
    mockBackend.clock.advance(3 * 24 * HOUR)
    fireEvent.click(button('提交'))
    expect(await screen.findByText('办结已超过 7 天，不能再申请重新处理')).toBeTruthy()
  })

  it('lets a neighbour say 我也遇到 once', async () => {
    open(OTHERS_OPEN)
    const before = (await screen.findAllByText('有居民也遇到此问题')).length
    fireEvent.click(await screen.findByText('我也遇到'))
    const done = await screen.findByText('已关注')
    expect(disabled(done)).toBe(true)
    expect(screen.getByText('2 人')).toBeTruthy()
    expect(screen.getAllByText('有居民也遇到此问题')).toHaveLength(before + 1)
    expect(document.querySelector('.timeline__title')?.textContent).toBe('有居民也遇到此问题')
    expect(screen.queryByText('我也遇到')).toBeNull()
    // neither urging nor rating someone else's ticket
    expect(screen.queryByText('催办')).toBeNull()
    expect(screen.queryByText('提交评价')).toBeNull()
    expect(screen.getByText('刘**')).toBeTruthy()
  })

  it('hides an anonymous reporter', async () => {
    open(OTHERS_ANONYMOUS)
    expect(await screen.findByText('匿名')).toBeTruthy()
    expect(screen.getByText(/^居民（匿名） · /)).toBeTruthy()
  })

  it('shows HTML in a description as plain text', async () => {
    const evil = '<img src=x onerror="alert(1)"><b>路灯</b>坏了'
    const tickets = mockBackend.store.state.tickets
    const i = tickets.findIndex((t) => t.id === RESOLVED)
    tickets[i] = { ...tickets[i], description: evil }
    open(RESOLVED)
    expect(await screen.findByText(evil)).toBeTruthy()
    expect(document.querySelector('b')).toBeNull()
    expect(document.querySelector('img[src="x"]')).toBeNull()
  })

  it('copies the link on H5', async () => {
    const copy = jest
      .spyOn(Taro, 'setClipboardData')
      .mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    open(OVERDUE)
    fireEvent.click(await screen.findByText('复制链接'))
    expect(copy).toHaveBeenCalledWith({
      data: 'http://localhost/packages/resident/pages/ticket/index?id=t-0004',
    })
    expect(await screen.findByText('链接已复制，可以粘贴发给邻居')).toBeTruthy()
  })

  it('says the problem was not found, with a way home', async () => {
    open('t-9999')
    expect(await screen.findByText('没有找到这个问题')).toBeTruthy()
    fireEvent.click(screen.getByText('返回首页'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('shows a plain error with 重试 when the server keeps failing', async () => {
    await startSession()
    await failNext(3)
    open(OVERDUE)
    expect(await screen.findByText('服务器开小差了，请稍后再试', {}, { timeout: 8000 })).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText(/^伏牛路创业路口人行道上的水管/)).toBeTruthy()
  }, 15_000)
})
