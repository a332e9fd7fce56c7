import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useElderMode } from './elder-mode'

/** Root of every page: carries 长辈模式 so its larger type reaches everything inside. */
export function PageShell({ children, className = '' }: { children: ReactNode; className?: string }) {
  const elder = useElderMode()
  return <View className={`page ${elder ? 'page--elder' : ''} ${className}`}>{children}</View>
}
