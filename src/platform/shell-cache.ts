/**
 * H5 http builds: registers /sw.js, which keeps the app shell for offline use. Mock builds
 * need not: msw registers the same worker (it also answers /api/v1 there).
 */
export function keepShellOffline(): void {
  if (process.env.TARO_ENV !== 'h5' || API_MODE !== 'http' || process.env.NODE_ENV !== 'production') return
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  })
}
