import { isOnline } from '@/platform/network'
import { ApiError } from './errors'
import { buildUrl, type Transport } from './transport'

const isJsonBody = (body: unknown) =>
  Array.isArray(body) || Object.prototype.toString.call(body) === '[object Object]'

/**
 * The H5 transport: the browser's own fetch, doing what Taro's H5 `request` does for our calls
 * (JSON body with a JSON content type, abort after the timeout, the answer parsed as JSON or
 * null). Taro.request would bring whatwg-fetch, an AbortController polyfill and JSONP support
 * into the first-load JavaScript; every browser the H5 build targets has fetch.
 */
export const fetchTransport: Transport = async (req) => {
  // no network: say so at once. (In mock builds msw's worker would still answer, and a real
  // server could not; a phone without signal must behave the same in both.)
  if (!isOnline()) throw new ApiError({ code: 'NETWORK' })
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), req.timeoutMs)
  const headers: Record<string, string> = { ...req.headers }
  let body: BodyInit | undefined
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.body !== undefined) {
    if (isJsonBody(req.body)) {
      if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json'
      }
      body = JSON.stringify(req.body)
    } else {
      body = req.body as BodyInit
    }
  }
  try {
    // the timeout covers the whole answer, body included: a connection that dies half-way
    // through the body must not leave the caller waiting forever
    const res = await fetch(buildUrl(req.baseUrl, req.path, req.query), {
      method: req.method,
      headers,
      body,
      signal: controller.signal,
    })
    const answerHeaders: Record<string, string> = {}
    res.headers.forEach((value, key) => {
      answerHeaders[key.toLowerCase()] = value
    })
    const data: unknown = res.status === 204 ? null : await readJson(res, controller.signal)
    return { status: res.status, headers: answerHeaders, data }
  } catch (e) {
    if (e instanceof ApiError) throw e
    // our own abort is the timeout; anything else (refused, offline, CORS) is the network
    throw new ApiError({ code: controller.signal.aborted ? 'TIMEOUT' : 'NETWORK' })
  } finally {
    clearTimeout(timer)
  }
}

/** The body as JSON, or null when it is not JSON; an abort while reading is a timeout. */
async function readJson(res: Response, signal: AbortSignal): Promise<unknown> {
  try {
    return await res.json()
  } catch {
    if (signal.aborted) throw new ApiError({ code: 'TIMEOUT' })
    return null
  }
}
