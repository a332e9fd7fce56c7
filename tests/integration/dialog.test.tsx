import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { dialogs, type DialogOptions } from '@/components/dialog'
import { setElderMode } from '@/components/elder-mode'
import { PageShell } from '@/components/page-shell'
import { renderPage } from '../utils/render'

afterEach(() => setElderMode(false))

/** Opens a dialog the way a feature does, inside act: it re-renders the page's shell. */
function open(options: DialogOptions): Promise<boolean> {
  let answer: Promise<boolean> = Promise.resolve(false)
  act(() => {
    answer = dialogs.confirm(options)
  })
  return answer
}

describe('the app’s own dialog', () => {
  it('shows title, text and both buttons inside the page, and answers with the button tapped', async () => {
    renderPage(<PageShell>页面</PageShell>)
    const first = open({
      title: '取消报名',
      content: '确定不参加了吗？',
      confirmText: '取消报名',
      cancelText: '再想想',
    })
    const box = await screen.findByRole('dialog')
    expect(within(box).getByText('确定不参加了吗？')).toBeTruthy()
    fireEvent.click(within(box).getByText('再想想'))
    await expect(first).resolves.toBe(false)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const second = open({ title: '重置数据', confirmText: '重置' })
    fireEvent.click(within(await screen.findByRole('dialog')).getByText('重置'))
    await expect(second).resolves.toBe(true)
  })

  it('an announcement has one button; in 长辈模式 it is drawn inside the elder page, so its type is large', async () => {
    setElderMode(true)
    const { container } = renderPage(<PageShell>页面</PageShell>)
    void open({
      title: '积分不足',
      content: '积分不足，还差 20 分',
      showCancel: false,
      confirmText: '知道了',
    })
    const box = await screen.findByRole('dialog')
    expect(within(box).queryByText('取消')).toBeNull()
    expect(box.closest('.page--elder')).toBe(container.querySelector('.page--elder'))
    fireEvent.click(within(box).getByText('知道了'))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('长辈模式 reaches the H5 tab bar and title bar too (they live outside the page)', () => {
    setElderMode(true)
    expect(document.body.classList.contains('elder')).toBe(true)
    setElderMode(false)
    expect(document.body.classList.contains('elder')).toBe(false)
  })
})
