import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EmptyProps } from '@/components/empty-state'
import { ItemPage } from '@/components/item-page'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { useNotice } from '@/data/home'

const NOT_FOUND: EmptyProps = {
  text: '没有找到这条公告',
  action: { label: '返回首页', onClick: () => void Taro.switchTab({ url: ROUTES.home }) },
}

/** One city notice: title, who published it and when, the whole text, and the way to report. */
export function NoticeDetail({ id }: { id: string }) {
  const notice = useNotice(id)
  return (
    <ItemPage id={id} query={notice} notFound={NOT_FOUND}>
      {(n) => (
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
    </ItemPage>
  )
}
