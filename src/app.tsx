// first: zod decides how a schema parses when the schema is built
import './platform/zod-parsers'
import './platform/polyfills'
import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, type ComponentType, type PropsWithChildren } from 'react'
import { queryClient } from '@/api/query'
import { keepShellOffline } from '@/platform/shell-cache'
import './app.scss'

keepShellOffline()

if (API_MODE === 'mock') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require behind a build constant is dropped from http builds
  ;(require('./app/mock-switch') as typeof import('./app/mock-switch')).installMockBackend()
}

/**
 * Session, unread badge and outbox (./app/services). H5 loads them as their own chunk, requested
 * as soon as this runs, beside the first page's: the first scripts carry no API client or
 * schemas, and the login goes out when the chunk arrives, not after the first page is drawn. A
 * mini-program has no chunks to load later and takes them in its main package, as before.
 */
const AppServices: ComponentType =
  process.env.TARO_ENV === 'h5'
    ? loadingNow(() => import('./app/services'))
    : // eslint-disable-next-line @typescript-eslint/no-require-imports -- a mini-program loads no chunks after start
      (require('./app/services') as typeof import('./app/services')).default

/** A lazy component whose chunk is requested now, not when it first renders. */
function loadingNow(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const loading = load()
  return lazy(() => loading)
}

function App({ children }: PropsWithChildren) {
  return (
    <QueryClientProvider client={queryClient}>
      <Suspense fallback={null}>
        <AppServices />
      </Suspense>
      {children}
    </QueryClientProvider>
  )
}

export default App
