import { Text, View, type ITouchEvent } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { Notice } from '@/contract'
import { ROUTES } from '@/components/routes'

const EVERY_MS = 6000
const SWIPE_PX = 40

/**
 * The city's notices, one at a time: swipe left or right (or wait), dots below; a tap opens the
 * notice. Plain Views and touch events, so it behaves the same on WeChat and H5.
 */
export function NoticeBanner({ notices }: { notices: Notice[] | undefined }) {
  const [index, setIndex] = useState(0)
  const startX = useRef<number | null>(null)
  const count = notices?.length ?? 0
  useEffect(() => {
    if (count < 2) return
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), EVERY_MS)
    return () => clearInterval(timer)
  }, [count, index])
  // still loading: the banner's room, so what is below does not jump when it comes
  if (!notices) return <View className='notice-banner notice-banner--loading' aria-hidden />
  if (count === 0) return null
  const n = notices[Math.min(index, count - 1)]
  const go = (step: number) => setIndex((i) => (i + step + count) % count)
  return (
    <View
      className={`notice-banner notice-banner--${n.tone}`}
      role='region'
      aria-label='城市公告'
      onTouchStart={(e) => {
        startX.current = (e as ITouchEvent).touches[0]?.clientX ?? null
      }}
      onTouchEnd={(e) => {
        const dx = ((e as ITouchEvent).changedTouches[0]?.clientX ?? 0) - (startX.current ?? 0)
        if (startX.current !== null && Math.abs(dx) > SWIPE_PX) go(dx < 0 ? 1 : -1)
        startX.current = null
      }}
    >
      <View
        className='notice-banner__body'
        role='link'
        onClick={() => void Taro.navigateTo({ url: ROUTES.notice(n.id) })}
      >
        <Text className='notice-banner__title'>{n.title}</Text>
        <Text className='notice-banner__summary'>{n.summary}</Text>
      </View>
      {count > 1 && (
        <View className='notice-banner__dots'>
          {notices.map((x, i) => (
            <View
              key={x.id}
              role='button'
              aria-label={`第 ${i + 1} 条公告`}
              aria-current={i === index}
              className={`notice-banner__dot ${i === index ? 'notice-banner__dot--on' : ''}`}
              onClick={() => setIndex(i)}
            />
          ))}
        </View>
      )}
    </View>
  )
}
