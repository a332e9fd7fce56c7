import { screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { qrMatrix } from '@/components/qr-code'

/** The card of a reward in 积分商城, by its title. */
export function rewardCard(title: string): HTMLElement {
  return screen.getByText(title, { selector: '.reward-card__title' }).closest('.reward-card') as HTMLElement
}

/** The 兑换 button of a reward (its label says 已兑完 / 已达兑换上限 when it cannot be used). */
export function redeemButton(title: string): HTMLElement {
  const labels = within(rewardCard(title)).getAllByText(/^(兑换|已兑完|已达兑换上限|正在兑换…)$/)
  return labels.find((l) => l.closest('.taro-button-core'))!
}

export function isDisabled(label: HTMLElement): boolean {
  return label.closest('.taro-button-core')?.classList.contains('taro-btn-disabled') ?? false
}

/** The voucher id of the page the app navigated to last. */
export function lastVoucherId(): string {
  const calls = jest.mocked(Taro.navigateTo).mock.calls
  const url = calls
    .map((c) => (c[0] as { url: string }).url)
    .reverse()
    .find((u) => u.includes('/voucher/index'))
  return url ? decodeURIComponent(url.split('id=')[1]) : ''
}

/** The QR code on screen read back module by module, from the runs the page drew. */
export function drawnMatrix(qr: HTMLElement): boolean[][] {
  const rows = Array.from(qr.querySelectorAll<HTMLElement>('.qr-code__row'))
  return rows.map((row) =>
    Array.from(row.querySelectorAll<HTMLElement>('.qr-code__run')).flatMap((run) => {
      const length = Number(run.style.flexGrow)
      return Array<boolean>(length).fill(run.className.includes('qr-code__run--dark'))
    }),
  )
}

export { qrMatrix }
