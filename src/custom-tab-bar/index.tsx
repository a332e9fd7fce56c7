import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useElderMode } from '@/components/elder-mode'
import { onPageShow } from '@/platform/page-shows'
import { tabCountText, useTabCount } from '@/platform/tab-badge'
import './index.scss'

/**
 * weapp's tab bar, drawn by the app so that 长辈模式 reaches it (WeChat's own cannot be
 * restyled). The same tabs, in the same order, as tabBar.list in app.config.ts, which H5 uses.
 */
const TABS = [
  { route: 'pages/home/index', text: '首页', icon: 'home' },
  { route: 'pages/report/index', text: '上报', icon: 'report' },
  { route: 'pages/tickets/index', text: '我的上报', icon: 'tickets' },
  { route: 'pages/messages/index', text: '消息', icon: 'messages' },
  { route: 'pages/me/index', text: '我的', icon: 'me' },
] as const

/** WeChat gives every tab page its own tab bar; the one on screen belongs to the page on top. */
function routeOnTop(): string {
  const pages = Taro.getCurrentPages()
  return pages[pages.length - 1]?.route ?? ''
}

function Tab({ index, current }: { index: number; current: string }) {
  const tab = TABS[index]
  const selected = tab.route === current
  const badge = tabCountText(useTabCount(index))
  return (
    <View
      className={`tab-bar__item${selected ? ' tab-bar__item--on' : ''}`}
      ariaRole='tab'
      onClick={() => {
        if (!selected) void Taro.switchTab({ url: `/${tab.route}` })
      }}
    >
      <View className='tab-bar__icon-box'>
        <Image
          className='tab-bar__icon'
          src={`/assets/tab/${tab.icon}${selected ? '-active' : ''}.png`}
          mode='aspectFit'
        />
        {badge && <Text className='tab-bar__badge'>{badge}</Text>}
      </View>
      <Text className='tab-bar__label'>{tab.text}</Text>
    </View>
  )
}

export default function CustomTabBar() {
  const elder = useElderMode()
  const [current, setCurrent] = useState(routeOnTop)
  useEffect(() => onPageShow(() => setCurrent(routeOnTop())), [])
  return (
    <View className={`tab-bar${elder ? ' elder' : ''}`} ariaRole='tablist'>
      {TABS.map((tab, i) => (
        <Tab key={tab.route} index={i} current={current} />
      ))}
    </View>
  )
}
