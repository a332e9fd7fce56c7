/**
 * The one place src/ reaches into mock/. Mock builds install the embedded backend here,
 * before the first request; http builds never import this file (app.tsx requires it behind
 * the API_MODE constant, so webpack drops it and everything under mock/).
 *
 * H5: msw's service worker answers /api/v1 in the browser; requests wait until it runs.
 * weapp: WeChat has no service worker and lacks the fetch-API globals msw needs, so the
 * API client's transport calls the same router in-process.
 */
import { configureApi, type Transport } from '@/api'
import { ApiError } from '@/api/errors'
import { keyValueStorage } from '@/platform/storage'
import { createMockBackend } from '../../mock/backend'

export function installMockBackend(): void {
  const backend = createMockBackend({ storage: keyValueStorage })
  if (process.env.TARO_ENV === 'h5') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of the weapp bundle
    const { startBrowserMock } = require('../../mock/bindings/browser') as typeof import('../../mock/bindings/browser')
    configureApi({ ready: startBrowserMock(backend) })
    return
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of the H5 bundle
  const { createInProcessTransport } = require('../../mock/bindings/inprocess') as typeof import('../../mock/bindings/inprocess')
  const handle = createInProcessTransport(backend)
  const transport: Transport = async ({ method, path, query, headers, body }) => {
    const res = await handle({ method, path, query, headers, body })
    if (res.networkError) throw new ApiError({ code: 'NETWORK' })
    // weapp hands a body that is not JSON over as a string, as wx.request does
    return { status: res.status, headers: res.headers, data: res.rawBody ?? res.body ?? null }
  }
  configureApi({ transport })
}
