import Taro from '@tarojs/taro'
import type { WireRequest } from '@/contract'
import { API_PREFIX } from '@/contract'
import { ApiError } from './errors'

export interface TransportRequest extends WireRequest {
  /** origin of the backend, e.g. https://api.example.com */
  baseUrl: string
  timeoutMs: number
}

export interface TransportResponse {
  status: number
  headers: Record<string, string>
  /** parsed JSON; a string or null when the body was not JSON */
  data: unknown
}

/** Sends one request; throws ApiError NETWORK or TIMEOUT when no answer arrives. */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>

/** Built by hand: WeChat's runtime has no URL / URLSearchParams. */
export function buildUrl(baseUrl: string, path: string, query: Record<string, string>): string {
  const qs = Object.keys(query)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k])}`)
    .join('&')
  return `${baseUrl}${API_PREFIX}${path}${qs ? `?${qs}` : ''}`
}

function lowerCaseKeys(h: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of Object.keys(h ?? {})) out[k.toLowerCase()] = String(h?.[k])
  return out
}

export const taroTransport: Transport = async (req) => {
  try {
    const res = await Taro.request({
      url: buildUrl(req.baseUrl, req.path, req.query),
      method: req.method as 'GET',
      header: req.headers,
      data: req.body,
      timeout: req.timeoutMs,
      dataType: 'json',
    })
    return { status: res.statusCode, headers: lowerCaseKeys(res.header), data: res.data }
  } catch (e) {
    const err = e as { errMsg?: string; message?: string; name?: string }
    const msg = `${err?.name ?? ''} ${err?.errMsg ?? err?.message ?? ''}`
    // WeChat says "request:fail timeout"; Taro's H5 request aborts its fetch when the timeout
    // passes (we never pass a signal of our own), so an abort is a timeout too.
    throw new ApiError({ code: /timeout|超时|abort/i.test(msg) ? 'TIMEOUT' : 'NETWORK' })
  }
}
