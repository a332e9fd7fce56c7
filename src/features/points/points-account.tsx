import { Text, View } from '@tarojs/components'
import { POINTS_RULE_LINES } from '@/contract'
import { PagedList } from '@/components/paged-list'
import { QueryState } from '@/components/query-state'
import { usePageRefresh } from '@/components/use-page-refresh'
import { BalanceCard } from './balance-card'
import { LedgerRow } from './ledger-row'
import { useAccount } from '@/data/points-account'
import { useLedger } from '@/data/points'

function Rules() {
  return (
    <View className='card points-rules'>
      <Text className='card__title'>积分规则</Text>
      {POINTS_RULE_LINES.map((line) => (
        <Text key={line} className='points-rules__line'>
          · {line}
        </Text>
      ))}
    </View>
  )
}

/** 我的积分: balance, what expires soon, the append-only ledger (newest first), and the rules. */
export function PointsAccountView() {
  const account = useAccount()
  const ledger = useLedger()
  usePageRefresh(() => Promise.all([account.refetch(), ledger.query.refetch()]), ledger.loadMore)

  return (
    <>
      <QueryState isPending={account.isPending} error={account.error} onRetry={() => void account.refetch()}>
        {account.data && <BalanceCard account={account.data} />}
      </QueryState>
      <View className='section'>
        <Text className='section__title'>积分明细</Text>
        <View className='card ledger'>
          <PagedList
            query={ledger.query}
            items={ledger.items}
            render={(e) => <LedgerRow key={e.id} entry={e} />}
            empty={<Text className='state__text'>还没有积分记录。参加志愿活动、上报问题都能得积分。</Text>}
          />
        </View>
      </View>
      <Rules />
    </>
  )
}
