/**
 * The one place src/ reaches into mock/. Mock builds install the embedded backend here,
 * before the first request; http builds never import this file (app.tsx requires it behind
 * the API_MODE constant, so webpack drops it and everything under mock/).
 *
 * H5: msw's service worker answers /api/v1 in the browser; requests wait until it runs.
 * weapp: WeChat has no service worker and lacks the fetch-API globals msw needs, so the
 * API client's transport calls the same router in-process.
 */
import Taro from '@tarojs/taro'
import { configureApi, type Transport } from '@/api'
import { ApiError } from '@/api/errors'
import type { Uploader } from '@/api/taro-uploader'
import { keyValueStorage } from '@/platform/storage'
import { createMockBackend } from '../../mock/backend'

export function installMockBackend(): void {
  const backend = createMockBackend({ storage: keyValueStorage })
  if (process.env.TARO_ENV === 'h5') {
    type Browser = typeof import('../../mock/bindings/browser')
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of the weapp bundle
    const { startBrowserMock } = require('../../mock/bindings/browser') as Browser
    configureApi({ ready: startBrowserMock(backend) })
    return
  }
  type InProcess = typeof import('../../mock/bindings/inprocess')
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of the H5 bundle
  const { createInProcessTransport } = require('../../mock/bindings/inprocess') as InProcess
  const handle = createInProcessTransport(backend)
  const transport: Transport = async ({ method, path, query, headers, body }) => {
    const res = await handle({ method, path, query, headers, body })
    if (res.networkError) throw new ApiError({ code: 'NETWORK' })
    // weapp hands a body that is not JSON over as a string, as wx.request does
    return { status: res.status, headers: res.headers, data: res.rawBody ?? res.body ?? null }
  }
  configureApi({ transport, uploader: inProcessUploader(backend) })
}

/**
 * weapp uploads: the file's bytes go to the router as the multipart `file` part would. The
 * answer's url is replaced by the local path: there is no server to serve the image from,
 * and the photo already sits on this device.
 */
function inProcessUploader(backend: ReturnType<typeof createMockBackend>): Uploader {
  return async ({ filePath, name, headers, onProgress }) => {
    onProgress(5)
    const data = Taro.getFileSystemManager().readFileSync(filePath) as ArrayBuffer
    const res = await backend.handle({
      method: 'POST',
      path: '/uploads',
      query: {},
      headers,
      body: { file: { name, bytes: new Uint8Array(data) } },
    })
    onProgress(100)
    if (res.networkError) throw new ApiError({ code: 'NETWORK', message: '照片上传失败，请检查网络后重试' })
    const ok = res.status >= 200 && res.status < 300 && typeof res.body === 'object' && res.body !== null
    const answer = ok ? { ...(res.body as object), url: filePath } : (res.rawBody ?? res.body ?? null)
    return { status: res.status, headers: res.headers, data: answer }
  }
}
