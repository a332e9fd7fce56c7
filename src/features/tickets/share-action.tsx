import { Button, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import type { Ticket } from '@/contract/tickets'
import { ROUTES } from '@/components/routes'

function shareTitle(t: Ticket): string {
  return `${t.categoryName}：${t.excerpt}`.slice(0, 40)
}

/**
 * weapp: the menu's 转发 carries a title and this page's path. H5 has no share sheet, so a
 * 复制链接 button puts this page's address on the clipboard instead.
 */
export function ShareAction({ ticket: t }: { ticket: Ticket }) {
  const [copied, setCopied] = useState(false)
  useShareAppMessage(() => ({ title: shareTitle(t), path: ROUTES.ticket(t.id) }))
  if (process.env.TARO_ENV !== 'h5') return null

  const copy = () => {
    const url = `${window.location.origin}${ROUTES.ticket(t.id)}`
    Taro.setClipboardData({ data: url })
      .then(() => setCopied(true))
      .catch(() => void Taro.showToast({ title: '复制没有成功，请稍后再试', icon: 'none' }))
  }
  return (
    <View className='share-row'>
      <Button className='btn' onClick={copy}>
        复制链接
      </Button>
      {copied && <Text className='muted'>链接已复制，可以粘贴发给邻居</Text>}
    </View>
  )
}
