import { setupWorker } from 'msw/browser'
import type { MockBackend } from '../backend'
import { createMswHandlers } from './msw'

/**
 * The mock backend in the H5 build: msw's service worker answers /api/v1. Resolves once the
 * worker is active; the API client waits for it before the first request. Service workers only
 * run on secure origins, and localhost counts as one.
 */
export async function startBrowserMock(backend: MockBackend): Promise<void> {
  const worker = setupWorker(...createMswHandlers(backend))
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
