import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { dialogs } from '@/components/dialog'
import { api, POINTS_RULE_LINES } from '@/contract'
import { call } from '@/api'
import { groupedCode } from '@/components/format'
import { shortDateTime } from '@/components/time'
import PointsPage from '@/packages/points/pages/account/index'
import VoucherPage from '@/packages/points/pages/voucher/index'
import VouchersPage from '@/packages/points/pages/vouchers/index'
import { moveClockTo } from '../utils/people'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { drawnMatrix, qrMatrix } from '../utils/points'
import { openWith, tab } from '../utils/tickets'

function openVoucher(id: string) {
  openWith({ id })
  return renderPage(<VoucherPage />)
}

async function unusedHaircut() {
  const page = await call(api.listRedemptions, { query: { status: 'issued' } })
  return page.items.find((v) => v.reward.title === '理发券')!
}

async function allLedger() {
  return (await call(api.pointsLedger, { query: { limit: 50 } })).items
}

stubTaroInEachTest('navigateTo', 'showToast')

describe('我的积分', () => {
  it('shows the balance, what expires within 30 days, and the rules', async () => {
    renderPage(<PointsPage />)
    expect(await screen.findByLabelText('积分余额 120 分')).toBeTruthy()
    const account = await call(api.pointsAccount)
    const first = account.expiringSoon.firstAt!
    const day = `${new Date(first).getMonth() + 1}月${new Date(first).getDate()}日`
    expect(screen.getByText(`10 分将在 30 天内过期，最早 ${day} 过期，请尽快使用`)).toBeTruthy()
    expect(screen.getByText(`累计获得 ${account.totalEarned} 分`)).toBeTruthy()
    for (const line of POINTS_RULE_LINES) expect(screen.getByText(`· ${line}`)).toBeTruthy()
  })

  it('lists the ledger newest first: amount, reason, note, reference, time and balance after', async () => {
    renderPage(<PointsPage />)
    await screen.findByLabelText('积分余额 120 分')
    const entries = await allLedger()
    // twenty a page, the rest on 加载更多
    await waitFor(() => expect(document.querySelectorAll('.ledger-row')).toHaveLength(20))
    fireEvent.click(screen.getByText('加载更多'))
    await waitFor(() => expect(document.querySelectorAll('.ledger-row')).toHaveLength(entries.length))
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.ledger-row'))
    entries.forEach((e, i) => {
      const text = rows[i].textContent ?? ''
      expect(rows[i].querySelector('.ledger-row__amount')?.textContent).toBe(
        e.amount > 0 ? `+${e.amount}` : `−${-e.amount}`,
      )
      expect(text).toContain(e.note)
      expect(text).toContain(`余额 ${e.balanceAfter}`)
      expect(text).toContain(shortDateTime(e.at))
      if (e.ref) expect(text).toContain(`编号 ${e.ref}`)
    })
    expect(screen.getAllByText('积分过期').length).toBe(2)
    expect(screen.getByText('没有更多了')).toBeTruthy()

    // a reference opens what it concerns
    const spent = entries.find((e) => e.reason === 'redemption')!
    const row = rows[entries.indexOf(spent)]
    fireEvent.click(within(row).getByText('查看兑换券 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/points/pages/voucher/index?id=${spent.ref}`,
    })
  })
})

describe('我的兑换券', () => {
  it('lists my vouchers by status', async () => {
    renderPage(<VouchersPage />)
    expect(await screen.findByText('理发券')).toBeTruthy()
    const haircut = screen.getByText('理发券').closest('.voucher-card') as HTMLElement
    expect(within(haircut).getByText('待使用')).toBeTruthy()
    expect(within(haircut).getByText(/^有效期至 /)).toBeTruthy()
    const noodles = screen.getByText('烩面一碗').closest('.voucher-card') as HTMLElement
    expect(within(noodles).getByText('已使用')).toBeTruthy()

    fireEvent.click(tab('已使用'))
    expect(await screen.findByText('烩面一碗')).toBeTruthy()
    expect(screen.queryByText('理发券')).toBeNull()
    fireEvent.click(tab('已过期'))
    expect(await screen.findByText('没有“已过期”的券')).toBeTruthy()
  })

  it('a voucher shows its QR code, drawn on the device, and its code in large digits', async () => {
    const v = await unusedHaircut()
    openVoucher(v.id)
    const qr = await screen.findByRole('img', { name: `券码 ${groupedCode(v.code)} 的二维码` })
    expect(drawnMatrix(qr)).toEqual(qrMatrix(v.code))
    expect(screen.getByText(groupedCode(v.code))).toBeTruthy()
    expect(screen.getByText('待使用')).toBeTruthy()
    expect(screen.getByText(shortDateTime(v.expiresAt))).toBeTruthy()
    expect(screen.getByText('巧手理发店 · 中原区兴华街 9 号')).toBeTruthy()
  })

  it('an unused voucher expires after its last day, and its points come back', async () => {
    const v = await unusedHaircut()
    moveClockTo(v.expiresAt, 1)
    openVoucher(v.id)
    expect(await screen.findByText('已过期', { selector: '.voucher-status' })).toBeTruthy()
    expect(screen.getByText('30 分（已退回）')).toBeTruthy()
    expect(document.querySelector('.qr-code')).toBeNull()
    expect(screen.queryByText('取消兑换，退回积分')).toBeNull()
  })

  it('cancelling an unused voucher refunds its points, once', async () => {
    const modal = jest.spyOn(dialogs, 'confirm').mockResolvedValue(true)
    const v = await unusedHaircut()
    const stale = openVoucher(v.id)
    await within(stale.container).findByText('取消兑换，退回积分')
    const fresh = openVoucher(v.id)
    fireEvent.click(await within(fresh.container).findByText('取消兑换，退回积分'))
    expect(await within(fresh.container).findByText('已取消', { selector: '.voucher-status' })).toBeTruthy()
    expect(modal).toHaveBeenCalledWith(
      // the 理发券 was paid with her oldest points: they come back with their own, near, expiry
      expect.objectContaining({
        content: expect.stringMatching(
          /^取消后券码作废，30 分退回您的积分账户。注意：其中 30 分是较早获得的积分，\d+月\d+日起过期，请尽快使用。$/,
        ),
      }),
    )
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已退回 30 分' }))
    expect(within(fresh.container).getByText('30 分（已退回）')).toBeTruthy()
    expect(fresh.container.querySelector('.qr-code')).toBeNull()
    expect(within(fresh.container).queryByText('取消兑换，退回积分')).toBeNull()

    // the same voucher, from a page opened earlier: refused, nothing refunded twice
    fireEvent.click(within(stale.container).getByText('取消兑换，退回积分'))
    expect(await within(stale.container).findByText('这张券已经取消过了，积分已退回')).toBeTruthy()
    expect((await call(api.pointsAccount)).balance).toBe(150)
    const refunds = (await allLedger()).filter((e) => e.reason === 'refund' && e.ref === v.id)
    expect(refunds.map((e) => e.amount)).toEqual([30])
  })
})
