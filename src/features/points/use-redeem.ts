import { useMutation, useQueryClient } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { useRef } from 'react'
import { api, type Reward } from '@/contract'
import { ApiError, call } from '@/api'
import { ROUTES } from '@/components/routes'
import { pointsKey } from './keys'
import { useApplyVoucher } from './use-points'

function newKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `rdm-${Date.now().toString(36)}-${rand()}${rand()}`
}

/** No answer, or the server failed: the same request may still have gone through, so retry it as it was. */
export function worthRetrying(e: unknown): boolean {
  return e instanceof ApiError && e.transient
}

/** The confirm dialog: cost and what remains; said plainly when the points do not reach. */
async function confirmRedeem(reward: Reward, balance: number | undefined): Promise<boolean> {
  if (balance !== undefined && balance < reward.cost) {
    await Taro.showModal({
      title: '积分不足',
      content: `积分不足，还差 ${reward.cost - balance} 分`,
      showCancel: false,
      confirmText: '知道了',
    })
    return false
  }
  const after = balance === undefined ? '' : `，兑换后剩余 ${balance - reward.cost} 分`
  const { confirm } = await Taro.showModal({
    title: `兑换「${reward.title}」`,
    content: `需要 ${reward.cost} 分${after}。兑换后 ${reward.validDays} 天内到${reward.merchant.name}出示券码使用。`,
    confirmText: '确认兑换',
    cancelText: '再想想',
  })
  return confirm
}

/**
 * Redeem one piece of a reward. The Idempotency-Key is made when the confirm opens and kept
 * while the answer is unknown (no network, a server error), so 重试 — or tapping 兑换 again —
 * repeats that same redemption: never two vouchers from one double tap or one lost answer.
 * A refusal or a success forgets it.
 */
export function useRedeem(reward: Reward, balance: number | undefined) {
  const qc = useQueryClient()
  const apply = useApplyVoucher()
  const key = useRef<string | null>(null)
  const opening = useRef(false)
  const redeem = useMutation({
    mutationFn: (k: string) =>
      call(api.createRedemption, { body: { rewardId: reward.id, quantity: 1 }, idempotencyKey: k }),
    onSuccess: (voucher) => {
      key.current = null
      apply(voucher)
      void Taro.navigateTo({ url: ROUTES.voucher(voucher.id) })
    },
    onError: (e) => {
      if (worthRetrying(e)) return
      key.current = null
      // refused: the page was out of date (stock, balance, my count); show how things stand now
      void qc.invalidateQueries({ queryKey: pointsKey })
    },
  })

  const start = async () => {
    if (opening.current || redeem.isPending) return
    opening.current = true
    try {
      const k = key.current ?? newKey()
      key.current = k
      if (await confirmRedeem(reward, balance)) redeem.mutate(k)
      else if (!redeem.error) key.current = null
    } finally {
      opening.current = false
    }
  }
  const retry = () => {
    if (key.current && !redeem.isPending) redeem.mutate(key.current)
  }
  return { start, retry, redeem, canRetry: worthRetrying(redeem.error) }
}
