import { createStore, get, set } from 'idb-keyval'
import { setupWorker } from 'msw/browser'
import type { MockBackend } from '../backend'
import { createMswHandlers, type UploadCache } from './msw'

/**
 * Uploaded photos in IndexedDB, so a report's photos still show after the page reloads
 * (device storage holds no image bytes; IndexedDB is made for them).
 */
function indexedDbUploads(): UploadCache {
  const db = createStore('ssp-mock-uploads', 'bytes')
  return {
    save: (id, bytes, mime) => set(id, { bytes, mime }, db),
    load: (id) => get<{ bytes: Uint8Array; mime: string }>(id, db),
  }
}

/**
 * The H5 build's one service worker: it imports /mockServiceWorker.js and also keeps the app shell
 * for offline use (one scope, one worker: see config/shell-worker-plugin.ts).
 */
const WORKER_URL = '/sw.js'

/**
 * The mock backend in the H5 build: msw's service worker answers /api/v1. Resolves once the
 * worker is active; the API client waits for it before the first request. Service workers only
 * run on secure origins, and localhost counts as one.
 */
export async function startBrowserMock(backend: MockBackend): Promise<void> {
  const worker = setupWorker(...createMswHandlers(backend, { uploadCache: indexedDbUploads() }))
  // A page the worker does not control (a hard reload, or a navigation that raced the worker
  // unregistering itself as the last page closed) cannot be answered: msw reloads it. Nothing
  // is asked before that, or it would go to the network and fail.
  const reloading = !navigator.serviceWorker.controller && (await hasWorker())
  await worker.start({
    serviceWorker: { url: WORKER_URL },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  if (reloading) await new Promise<never>(() => undefined)
}

async function hasWorker(): Promise<boolean> {
  const registrations = await navigator.serviceWorker.getRegistrations()
  return registrations.some((r) =>
    [r.active, r.waiting, r.installing].some((w) => w?.scriptURL.endsWith(WORKER_URL)),
  )
}
