import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ApiError } from '@/api'
import { EmptyState } from '@/components/empty-state'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { usePageRefresh } from '@/components/use-page-refresh'
import { useNotice } from '@/data/home'

/** One city notice: title, who published it and when, the whole text, and the way to report. */
export function NoticeDetail({ id }: { id: string }) {
  const notice = useNotice(id)
  usePageRefresh(() => notice.refetch())
  if (!id || (notice.error instanceof ApiError && notice.error.code === 'NOT_FOUND')) {
    return (
      <View className='state state--empty'>
        <EmptyState
          text='没有找到这条公告'
          action={{ label: '返回首页', onClick: () => void Taro.switchTab({ url: ROUTES.home }) }}
        />
      </View>
    )
  }
  const n = notice.data
  return (
    <QueryState
      isPending={notice.isPending}
      error={n ? null : notice.error}
      onRetry={() => void notice.refetch()}
    >
      {n && (
        <View className='card notice-detail'>
          <Text className='notice-detail__title'>{n.title}</Text>
          <Text className='muted'>{`${n.publisher} · ${shortDateTime(n.publishedAt)}`}</Text>
          {n.body.split('\n\n').map((p, i) => (
            <Text key={i} className='notice-detail__para'>
              {p}
            </Text>
          ))}
          <Button className='btn btn--primary' onClick={() => void Taro.switchTab({ url: ROUTES.report })}>
            发现问题，随手拍
          </Button>
        </View>
      )}
    </QueryState>
  )
}
