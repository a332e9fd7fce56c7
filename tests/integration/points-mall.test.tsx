import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { api } from '@/contract'
import { dialogs } from '@/components/dialog'
import { call, loginWith } from '@/api'
import { groupedCode } from '@/components/format'
import MallPage from '@/packages/points/pages/mall/index'
import VoucherPage from '@/packages/points/pages/voucher/index'
import { toWireRequest } from '../../mock/bindings/msw'
import { mockBackend, mockServer } from '../setup/msw'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { drawnMatrix, isDisabled, lastVoucherId, qrMatrix, redeemButton, rewardCard } from '../utils/points'
import { openWith } from '../utils/tickets'

const CONFIRM = true

/** Meanwhile she redeems on her other phone: the mall on this one still shows what it loaded. */
async function redeemOnHerOtherPhone(rewardId: string, quantity: number) {
  await call(api.createRedemption, {
    body: { rewardId, quantity },
    idempotencyKey: `other-phone-${rewardId}`,
  })
}

async function openMall() {
  renderPage(<MallPage />)
  await screen.findByText('烩面一碗', { selector: '.reward-card__title' })
  await screen.findByText('120 分')
}

async function vouchersOf(rewardTitle: string) {
  const page = await call(api.listRedemptions, { query: { limit: 50 } })
  return page.items.filter((v) => v.reward.title === rewardTitle)
}

stubTaroInEachTest('navigateTo', 'showToast')

describe('积分商城', () => {
  it('shows each reward with its picture, cost, stock, per-person limit and shop', async () => {
    await openMall()
    const noodles = rewardCard('烩面一碗')
    expect(within(noodles).getByText('20 分')).toBeTruthy()
    expect(within(noodles).getByText('老刘烩面馆')).toBeTruthy()
    expect(within(noodles).getByText('库存 18 份')).toBeTruthy()
    expect(within(noodles).getByText('每人限兑 2 份，您已兑 1 份')).toBeTruthy()
    expect(within(noodles).getByText('兑换后 30 天内有效 · 中原区创业路 18 号')).toBeTruthy()
    expect(noodles.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(isDisabled(redeemButton('烩面一碗'))).toBe(false)

    // sold out, and a limit already reached: said on the button, which does nothing
    expect(within(rewardCard('羊肉汤一碗')).getAllByText('已兑完')).toHaveLength(2)
    expect(isDisabled(redeemButton('羊肉汤一碗'))).toBe(true)
    expect(redeemButton('理发券').textContent).toBe('已达兑换上限')
    expect(isDisabled(redeemButton('理发券'))).toBe(true)
  })

  it('asks with the cost and what remains, then shows the voucher with its QR code', async () => {
    const modal = jest.spyOn(dialogs, 'confirm').mockResolvedValue(CONFIRM)
    await openMall()
    fireEvent.click(redeemButton('烩面一碗'))
    await waitFor(() => expect(lastVoucherId()).not.toBe(''))
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '兑换「烩面一碗」',
        content: '需要 20 分，兑换后剩余 100 分。兑换后 30 天内到老刘烩面馆出示券码使用。',
      }),
    )
    expect((await call(api.pointsAccount)).balance).toBe(100)

    openWith({ id: lastVoucherId() })
    const page = within(renderPage(<VoucherPage />).container)
    const [voucher] = (await vouchersOf('烩面一碗')).filter((v) => v.status === 'issued')
    const qr = await page.findByRole('img', { name: `券码 ${groupedCode(voucher.code)} 的二维码` })
    expect(drawnMatrix(qr)).toEqual(qrMatrix(voucher.code))
    expect(page.getByText(groupedCode(voucher.code))).toBeTruthy()
    expect(page.getByText('待使用')).toBeTruthy()
    expect(page.getByText('20 分')).toBeTruthy()
  })

  it('makes nothing when the person thinks again', async () => {
    jest.spyOn(dialogs, 'confirm').mockResolvedValue(false)
    await openMall()
    fireEvent.click(redeemButton('烩面一碗'))
    await waitFor(() => expect(dialogs.confirm).toHaveBeenCalled())
    expect(await vouchersOf('烩面一碗')).toHaveLength(1)
  })

  it('a double tap opens one confirm and makes one voucher', async () => {
    let answer: (v: boolean) => void = () => undefined
    jest.spyOn(dialogs, 'confirm').mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    await openMall()
    fireEvent.click(redeemButton('烩面一碗'))
    fireEvent.click(redeemButton('烩面一碗'))
    answer(CONFIRM)
    await waitFor(() => expect(lastVoucherId()).not.toBe(''))
    expect(dialogs.confirm).toHaveBeenCalledTimes(1)
    expect(await vouchersOf('烩面一碗')).toHaveLength(2)
  })

  it('retries a redemption whose answer was lost with the same Idempotency-Key: one voucher, shown', async () => {
    jest.spyOn(dialogs, 'confirm').mockResolvedValue(CONFIRM)
    const keys: string[] = []
    mockServer.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/redemptions'))
        keys.push(request.headers.get('idempotency-key') ?? '')
    })
    // the server redeems, but the answer never reaches the phone
    mockServer.use(
      http.post(
        '*/api/v1/redemptions',
        async ({ request }) => {
          await mockBackend.handle(await toWireRequest(request))
          return HttpResponse.error()
        },
        { once: true },
      ),
    )
    await openMall()
    fireEvent.click(redeemButton('烩面一碗'))
    // the client repeats the keyed write by itself: the server replays the voucher it made
    await waitFor(() => expect(lastVoucherId()).not.toBe(''))
    expect(screen.queryByText('网络连接失败，请检查网络后重试')).toBeNull()
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect(await vouchersOf('烩面一碗')).toHaveLength(2)
    expect((await call(api.pointsAccount)).balance).toBe(100)
    mockServer.events.removeAllListeners()
  })

  it('says 积分不足 before asking when my points do not reach', async () => {
    const modal = jest.spyOn(dialogs, 'confirm').mockResolvedValue(CONFIRM)
    await loginWith('dev:u-resident-3')
    renderPage(<MallPage />)
    await screen.findByText('烩面一碗', { selector: '.reward-card__title' })
    await screen.findByText('0 分')
    fireEvent.click(redeemButton('烩面一碗'))
    await waitFor(() =>
      expect(modal).toHaveBeenCalledWith(
        expect.objectContaining({ content: '积分不足，还差 20 分', showCancel: false }),
      ),
    )
    expect(await vouchersOf('烩面一碗')).toHaveLength(0)
  })

  describe('when something changed after the mall loaded', () => {
    beforeEach(async () => {
      jest.spyOn(dialogs, 'confirm').mockResolvedValue(CONFIRM)
      await openMall()
    })

    it('shows the server’s 积分不足, with how many are missing, when the points went meanwhile', async () => {
      await redeemOnHerOtherPhone('rw-grocery', 3)
      fireEvent.click(redeemButton('烩面一碗'))
      expect(await screen.findByText('积分不足，还差 20 分')).toBeTruthy()
      expect(await screen.findByText('0 分')).toBeTruthy()
    })

    it('shows 已兑完 when someone took the last one meanwhile', async () => {
      mockBackend.store.state.mall.rewards.find((r) => r.id === 'rw-carwash')!.stock = 0
      fireEvent.click(redeemButton('洗车券'))
      expect(await screen.findByText('这件礼品已经兑完了')).toBeTruthy()
      await waitFor(() => expect(redeemButton('洗车券').textContent).toBe('已兑完'))
      expect(isDisabled(redeemButton('洗车券'))).toBe(true)
    })

    it('refuses past the per-person limit, with how many I have', async () => {
      await redeemOnHerOtherPhone('rw-huimian', 1)
      fireEvent.click(redeemButton('烩面一碗'))
      expect(await screen.findByText('这件礼品每人限兑 2 份，您已兑换 2 份')).toBeTruthy()
      await waitFor(() => expect(redeemButton('烩面一碗').textContent).toBe('已达兑换上限'))
    })
  })
})
