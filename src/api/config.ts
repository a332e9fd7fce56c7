import { fetchTransport } from './fetch-transport'
import { taroTransport, type Transport } from './transport'
import { taroUploader, type Uploader } from './taro-uploader'

/**
 * Where requests go. http builds talk to API_BASE_URL over Taro.request (on H5 the browser's
 * fetch, which keeps Taro's fetch polyfills out of the first load); mock builds swap in the
 * embedded backend (see src/app/mock-switch.ts) before the first call.
 */
interface ApiConfig {
  baseUrl: string
  transport: Transport
  uploader: Uploader
  /** resolves when the transport can take requests (H5: the msw worker has started) */
  ready: Promise<unknown>
  timeoutMs: number
  /** waits before the retries of a transient GET failure (tests set them to 0) */
  retryDelaysMs: readonly number[]
}

/** Any origin works for the mock: its msw handlers match /api/v1 on every host. */
export const MOCK_ORIGIN = 'https://mock.suishoupai.local'

export const apiConfig: ApiConfig = {
  baseUrl: API_MODE === 'http' ? API_BASE_URL : MOCK_ORIGIN,
  transport: process.env.TARO_ENV === 'h5' ? fetchTransport : taroTransport,
  uploader: taroUploader,
  ready: Promise.resolve(),
  timeoutMs: 10_000,
  retryDelaysMs: [400, 1200],
}

export function configureApi(patch: Partial<ApiConfig>): void {
  Object.assign(apiConfig, patch)
}
