import type { WireRequest, WireResponse } from '../../src/contract'
import type { MockBackend } from '../backend'

/*
 * Why this binding exists: WeChat mini-programs have no service worker, and their JS runtime
 * lacks the fetch-API globals msw is built on (Request, Response, Headers, URL, TextEncoder,
 * ReadableStream, AbortController, ...). So in the weapp build the API client's transport
 * calls the router directly, in the same JS context.
 *
 * Two things keep it honest like a network would:
 *  - bodies cross through JSON both ways, so the client and the store never share an object
 *    (a page mutating a response must not edit the "server" data, and vice versa), and
 *    anything JSON cannot carry is lost here exactly as it would be on the wire;
 *  - the answer arrives on a later macrotask (setTimeout 0), never synchronously, so code
 *    that works here does not depend on a timing a real backend cannot give.
 */

function throughJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function later(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export function createInProcessTransport(backend: MockBackend): (req: WireRequest) => Promise<WireResponse> {
  return async (req) => {
    const request: WireRequest = {
      method: req.method,
      path: req.path,
      query: { ...req.query },
      headers: { ...req.headers },
      body: throughJson(req.body),
    }
    await later()
    const res = await backend.handle(request)
    await later()
    return { ...res, headers: { ...res.headers }, body: throughJson(res.body) }
  }
}
