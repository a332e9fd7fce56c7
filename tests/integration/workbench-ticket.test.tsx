import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call, startSession } from '@/api'
import { shortDateTime } from '@/components/time'
import WorkbenchTicketPage from '@/packages/workbench/pages/ticket/index'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { openWith } from '../utils/tickets'
import { actAsGridWorker, disabled } from '../utils/workbench'
import { button, findButton, queryButton } from '../utils/buttons'

// seeded in u-grid-1's grid (mock/README.md)
const SUBMITTED = 't-0001'
const ACCEPTED = 't-0003' // 路面坑洼 → 区市政工程中心, 72 h
const DUPLICATE = 't-0029' // 路灯损坏, 18 m from t-0005
const URGED = 't-0005' // processing, urged once
const OTHER_GRID = 't-0017' // u-grid-2's

async function open(id: string) {
  await actAsGridWorker()
  openWith({ id })
  return renderPage(<WorkbenchTicketPage />)
}

function badge(): string {
  return document.querySelector('.ticket-overview .status-badge')?.textContent ?? ''
}

function textarea(form: string): HTMLTextAreaElement {
  return document.querySelector(`${form} textarea`) as HTMLTextAreaElement
}

function timelineTitles(): string[] {
  return Array.from(document.querySelectorAll('.timeline__title')).map((e) => e.textContent ?? '')
}

stubTaroInEachTest('showToast', 'switchTab', 'redirectTo', 'navigateTo')

describe('处理问题: what the grid worker sees', () => {
  it('shows the problem, its grid, the reporter and every step; a new report waits for 受理', async () => {
    await open(SUBMITTED)
    expect(await findButton('受理')).toBeTruthy()
    expect(badge()).toBe('待受理')
    expect(screen.getByText('创业路社区第一网格 · 创业路社区')).toBeTruthy()
    expect(screen.getByText('派单后开始计时')).toBeTruthy()
    expect(button('不予受理')).toBeTruthy()
    expect(screen.getByText('合并到相同问题')).toBeTruthy()
    expect(queryButton('派单')).toBeNull()
    expect(timelineTitles()).toEqual(['提交上报'])
  })

  it('makes urges visible: how often, when last, and on the timeline', async () => {
    await open(URGED)
    const t = await call(api.workbenchTicket, { params: { id: URGED } })
    expect(await screen.findByText('催办 ×1')).toBeTruthy()
    expect(
      screen.getByText(new RegExp(`^居民已催办 1 次，最近一次 ${shortDateTime(t.lastUrgedAt!)}`)),
    ).toBeTruthy()
    expect(timelineTitles()).toContain('居民催办')
    // with the department: nothing for the grid worker to do but wait
    expect(screen.getByText(`${t.departmentName}正在办理，办结后居民会收到通知。`)).toBeTruthy()
    expect(queryButton('处理')).toBeNull()
  })
})

describe('受理 and 派单', () => {
  it('accepts a new report, then dispatches it to the category’s department with the deadline shown first', async () => {
    await open(SUBMITTED)
    fireEvent.click(await findButton('受理'))
    await waitFor(() => expect(badge()).toBe('已受理'))
    expect(timelineTitles()[0]).toBe('网格员受理')
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已受理' }))

    const preview = (await call(api.workbenchTicket, { params: { id: SUBMITTED } })).dispatchPreview!
    const line = `派给 ${preview.departmentName} · 承诺 ${shortDateTime(preview.deadline)} 前办结`
    expect(screen.getByText(line)).toBeTruthy()
    fireEvent.click(button('派单'))
    expect(within(document.querySelector('.dispatch-form') as HTMLElement).getByText(line)).toBeTruthy()
    expect(screen.getByText(/^办结时限 \d+ 小时，从派单时算起/)).toBeTruthy()
    fireEvent.change(textarea('.dispatch-form'), { target: { value: '北门东侧第二根电线杆' } })
    fireEvent.click(screen.getByText('确认派单'))

    await waitFor(() => expect(badge()).toBe('已派单'))
    const t = await call(api.workbenchTicket, { params: { id: SUBMITTED } })
    expect(t.departmentName).toBe(preview.departmentName)
    expect(screen.getByText(`承诺 ${shortDateTime(t.deadline!)} 前办结`)).toBeTruthy()
    expect(screen.getByText(preview.departmentName)).toBeTruthy()
    expect(timelineTitles()[0]).toBe('派单到职能部门')
    expect(screen.getByText(`${preview.departmentName}正在办理，办结后居民会收到通知。`)).toBeTruthy()
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: `已派给${preview.departmentName}` }),
    )
  })

  it('shows the 区市政工程中心 preview for a pothole, and cancel leaves it as it was', async () => {
    await open(ACCEPTED)
    expect(await screen.findByText(/^派给 区市政工程中心 · 承诺 .+ 前办结$/)).toBeTruthy()
    fireEvent.click(button('派单'))
    expect(screen.getByText('办结时限 3 天，从派单时算起，部门按问题类别确定。')).toBeTruthy()
    fireEvent.click(screen.getByText('取消'))
    expect(screen.queryByText('确认派单')).toBeNull()
    expect(badge()).toBe('已受理')
  })

  it('says so when someone else accepted it meanwhile', async () => {
    await open(SUBMITTED)
    const accept = await findButton('受理')
    await call(api.acceptTicket, { params: { id: SUBMITTED } })
    fireEvent.click(accept)
    expect(await screen.findByText('只有待受理的问题可以受理')).toBeTruthy()
  })
})

describe('不予受理', () => {
  it('needs a reason; the reporter then reads it on the timeline', async () => {
    await open(SUBMITTED)
    fireEvent.click(await findButton('不予受理'))
    fireEvent.click(screen.getByText('确认不予受理'))
    expect(screen.getByText('请填写不予受理的原因')).toBeTruthy()
    expect(badge()).toBe('待受理')

    fireEvent.change(textarea('.reject-form'), { target: { value: '现场核实路灯正常，已电话告知居民' } })
    expect(screen.queryByText('请填写不予受理的原因')).toBeNull()
    fireEvent.click(screen.getByText('确认不予受理'))
    await waitFor(() => expect(badge()).toBe('不予受理'))
    expect(screen.getByText('现场核实路灯正常，已电话告知居民')).toBeTruthy()
    expect(screen.queryByText('受理')).toBeNull()
  })
})

describe('合并', () => {
  it('lists nearby open tickets with their distance, asks to pick one, then merges into it', async () => {
    await open(DUPLICATE)
    fireEvent.click(await screen.findByText('合并到相同问题'))
    expect(await screen.findByText(/^相距 18 米 · 同类问题 · /)).toBeTruthy()
    expect(screen.getByText(/^相距 121 米 · /)).toBeTruthy()
    fireEvent.click(screen.getByText('合并到所选问题'))
    expect(screen.getByText('请先选择要合并到的问题')).toBeTruthy()

    const nearest = screen.getByText(/^相距 18 米/).closest('.merge-candidate') as HTMLElement
    fireEvent.click(nearest)
    expect(nearest.getAttribute('aria-checked')).toBe('true')
    expect(screen.queryByText('请先选择要合并到的问题')).toBeNull()
    fireEvent.click(screen.getByText('合并到所选问题'))
    await waitFor(() => expect(badge()).toBe('已合并'))
    fireEvent.click(screen.getByText('已合并到相同的问题，点这里查看 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workbench/pages/ticket/index?id=t-0005' })
  })
})

describe('现场办结', () => {
  it('is refused without a note and a photo, in plain words', async () => {
    await open(ACCEPTED)
    fireEvent.click(await screen.findByText('现场办结'))
    fireEvent.click(screen.getByText('确认办结'))
    expect(screen.getByText('请填写处理结果')).toBeTruthy()
    expect(screen.getByText('请至少拍一张处理后的照片')).toBeTruthy()
    fireEvent.change(textarea('.resolve-form'), { target: { value: '已用沥青补平坑洼' } })
    fireEvent.click(screen.getByText('确认办结'))
    expect(screen.queryByText('请填写处理结果')).toBeNull()
    expect(screen.getByText('请至少拍一张处理后的照片')).toBeTruthy()
    expect(badge()).toBe('已受理')
    expect(disabled(screen.getByText('确认办结'))).toBe(false)
  })
})

describe('refusals', () => {
  it('refuses another grid’s ticket with the server’s words and a way back', async () => {
    await open(OTHER_GRID)
    expect(await screen.findByText('这个问题不在您负责的网格')).toBeTruthy()
    fireEvent.click(screen.getByText('返回工作台'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/workbench/pages/queue/index' })
  })

  it('says a missing ticket was not found', async () => {
    await open('t-9999')
    expect(await screen.findByText('没有找到这个问题')).toBeTruthy()
  })

  it('tells a resident the workbench is not theirs, without asking for the ticket', async () => {
    await startSession()
    openWith({ id: SUBMITTED })
    renderPage(<WorkbenchTicketPage />)
    expect(await screen.findByText('网格员工作台只对网格员开放')).toBeTruthy()
    expect(screen.queryByText('受理')).toBeNull()
  })
})
