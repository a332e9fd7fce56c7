import Taro from '@tarojs/taro'
import { useRef } from 'react'
import { type Reward } from '@/contract'
import { dialogs } from '@/components/dialog'
import { ROUTES } from '@/components/routes'
import { useRedeem } from '@/data/points'
import { definitelyRefused } from '@/data/write'

/** The confirm dialog: cost and what remains; said plainly when the points do not reach. */
async function confirmRedeem(reward: Reward, balance: number | undefined): Promise<boolean> {
  if (balance !== undefined && balance < reward.cost) {
    await dialogs.confirm({
      title: '积分不足',
      content: `积分不足，还差 ${reward.cost - balance} 分`,
      showCancel: false,
      confirmText: '知道了',
    })
    return false
  }
  const after = balance === undefined ? '' : `，兑换后剩余 ${balance - reward.cost} 分`
  return dialogs.confirm({
    title: `兑换「${reward.title}」`,
    content: `需要 ${reward.cost} 分${after}。兑换后 ${reward.validDays} 天内到${reward.merchant.name}出示券码使用。`,
    confirmText: '确认兑换',
    cancelText: '再想想',
  })
}

/**
 * 兑换 behind its confirm dialog. The write policy (data/write) keeps this intent's
 * Idempotency-Key while the answer is unknown, so 重试 — or tapping 兑换 again — repeats that
 * same redemption; `canRetry` says the last attempt may still stand.
 */
export function useRedeemFlow(reward: Reward, balance: number | undefined) {
  const opening = useRef(false)
  const redeem = useRedeem(reward.id)
  const go = () =>
    redeem.mutate(undefined, {
      onSuccess: (voucher) => void Taro.navigateTo({ url: ROUTES.voucher(voucher.id) }),
    })

  const start = async () => {
    if (opening.current || redeem.isPending) return
    opening.current = true
    try {
      if (await confirmRedeem(reward, balance)) go()
    } finally {
      opening.current = false
    }
  }
  const retry = () => {
    if (!redeem.isPending) go()
  }
  return { start, retry, redeem, canRetry: redeem.error !== null && !definitelyRefused(redeem.error) }
}
