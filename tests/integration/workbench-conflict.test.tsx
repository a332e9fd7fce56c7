import { fireEvent, screen, waitFor } from '@testing-library/react'
import { randomUUID } from 'node:crypto'
import WorkbenchTicketPage from '@/packages/workbench/pages/ticket/index'
import { button, findButton, queryButton } from '../utils/buttons'
import { asUser } from '../utils/people'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { openWith } from '../utils/tickets'
import { actAsGridWorker } from '../utils/workbench'

// seeded in u-grid-1's grid (mock/README.md)
const SUBMITTED = 't-0001'
const ACCEPTED = 't-0003' // 路面坑洼 → 区市政工程中心

stubTaroInEachTest('showToast', 'switchTab', 'redirectTo', 'navigateTo')

async function open(id: string) {
  await actAsGridWorker()
  openWith({ id })
  renderPage(<WorkbenchTicketPage />)
}

/** 赵磊 on his other phone: the same person, another session, acting first. */
async function otherPhone(id: string, action: string, body?: unknown) {
  const me = await asUser('u-grid-1')
  await me.post(`/tickets/${id}/${action}`, body, { 'idempotency-key': randomUUID() })
}

const badge = () => document.querySelector('.ticket-overview .status-badge')?.textContent ?? ''
const notices = () => screen.queryAllByRole('alert').filter((a) => a.classList.contains('conflict-notice'))

describe('处理问题 after someone else moved the ticket first (409)', () => {
  it('受理 on a ticket already accepted elsewhere: the page reloads, says the status changed and offers what is possible now', async () => {
    await open(SUBMITTED)
    await findButton('受理')
    expect(badge()).toBe('待受理')
    await otherPhone(SUBMITTED, 'accept')

    fireEvent.click(button('受理'))
    const notice = await screen.findByText(
      '这个问题刚刚有了变化：状态从“待受理”变成了“已受理”。下面是最新情况，请重新操作。',
    )
    expect(notice).toBeTruthy()
    await waitFor(() => expect(badge()).toBe('已受理'))
    expect(queryButton('受理')).toBeNull()
    expect(await findButton('派单')).toBeTruthy()
    // the stale refusal is not repeated: no error text besides the notice
    expect(document.querySelector('.action-panel .form-error')).toBeNull()

    fireEvent.click(button('知道了'))
    await waitFor(() => expect(notices()).toHaveLength(0))
  })

  it('确认派单 after the other phone dispatched it: the notice names the new status and department, and 派单 is gone', async () => {
    await open(ACCEPTED)
    fireEvent.click(await findButton('派单'))
    const confirm = await findButton('确认派单')
    await otherPhone(ACCEPTED, 'dispatch', {})

    fireEvent.click(confirm)
    await screen.findByText(
      '这个问题刚刚有了变化：状态从“已受理”变成了“已派单”，承办部门变成了区市政工程中心。下面是最新情况，请重新操作。',
    )
    await waitFor(() => expect(badge()).toBe('已派单'))
    expect(queryButton('确认派单')).toBeNull()
    expect(queryButton('派单')).toBeNull()
    expect(notices()).toHaveLength(1)
  })
})
