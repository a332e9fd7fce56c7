import './platform/polyfills'
import { QueryClientProvider } from '@tanstack/react-query'
import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { queryClient, startSession } from '@/api'
import { useUnreadBadge } from '@/features/notifications/use-unread-badge'
import { useOutboxSender } from '@/features/report/use-outbox'
import { keepShellOffline } from '@/platform/shell-cache'
import './app.scss'

keepShellOffline()

if (API_MODE === 'mock') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require behind a build constant is dropped from http builds
  ;(require('./app/mock-switch') as typeof import('./app/mock-switch')).installMockBackend()
}

function App({ children }: PropsWithChildren) {
  useUnreadBadge()
  useOutboxSender()
  useLaunch(() => {
    // log in early; a failure here is shown by the first page that needs data
    startSession().catch(() => undefined)
  })
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

export default App
