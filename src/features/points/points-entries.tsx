import Taro from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { EntryCard, LinkRow } from '@/components/entry-card'
import { ROUTES } from '@/components/routes'
import { useAccount } from '@/data/points-account'

/**
 * My points account as an entry shows it, fetched again when the page shows; `hidden` for grid
 * workers, who have no points account in this app, so their entries stay away.
 */
function useEntryAccount() {
  const account = useAccount()
  useRefetchOnShow(() => account.refetch())
  const hidden = account.error instanceof ApiError && account.error.code === 'FORBIDDEN'
  return { hidden, account: account.data }
}

/** 首页's 积分商城 card, with my balance. */
export function MallEntry() {
  const { hidden, account } = useEntryAccount()
  if (hidden) return null
  return (
    <EntryCard
      title='积分商城'
      sub='用积分兑换烩面、理发、洗车等礼品'
      badge={account ? `${account.balance} 分` : null}
      badgeLabel='我的积分'
      onClick={() => void Taro.navigateTo({ url: ROUTES.mall })}
    />
  )
}

/** 我的's 我的积分 row, with the balance. */
export function PointsRow() {
  const { hidden, account } = useEntryAccount()
  if (hidden) return null
  return (
    <LinkRow
      title='我的积分'
      sub='积分明细、将过期的积分、积分规则'
      value={account ? `${account.balance} 分` : null}
      onClick={() => void Taro.navigateTo({ url: ROUTES.points })}
    />
  )
}

/** 我的's 我的兑换券 row, with how many are still unused. */
export function VouchersRow() {
  const { hidden, account } = useEntryAccount()
  if (hidden) return null
  const unused = account?.unusedVouchers
  return (
    <LinkRow
      title='我的兑换券'
      sub='出示券码到店使用，未使用的可取消'
      value={unused ? `${unused} 张待使用` : null}
      onClick={() => void Taro.navigateTo({ url: ROUTES.vouchers })}
    />
  )
}
