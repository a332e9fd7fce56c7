import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A server that claims /api/v1 but breaks one rule: a node:http proxy in front of a correct
 * backend (the mock over HTTP) with one defect switched on. What a client sees is exactly what a
 * backend with that bug would answer.
 */
export const DEFECTS = {
  /** any request without a valid token runs as a resident */
  'no-auth': 'drops the auth check',
  /** successes swap 200 and 201 */
  'wrong-status': 'answers a wrong success status',
  /** GET /notifications/unread-count answers a count that is not a number */
  'bad-body': 'answers a body that fails the schema',
  /** every request gets a fresh Idempotency-Key: retries run again */
  'no-replay': 'ignores Idempotency-Key',
  /** ILLEGAL_TRANSITION refusals become 200 */
  'illegal-transition': 'accepts an illegal transition',
  /** a redemption refused for lack of points is issued anyway */
  overspend: 'lets concurrent redemptions overspend',
  /** FORBIDDEN refusals become 200 */
  'no-role-check': 'ignores the role × endpoint matrix',
} as const
export type Defect = keyof typeof DEFECTS

interface Upstream {
  status: number
  headers: Record<string, string>
  text: string
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const NOT_FOUND = JSON.stringify({
  error: { code: 'NOT_FOUND', message: '没有这个接口' },
  requestId: 'req-proxy',
})

const codeOf = (u: Upstream): string | undefined => {
  try {
    return (JSON.parse(u.text) as { error?: { code?: string } }).error?.code
  } catch {
    return undefined
  }
}

/** `foreign`: the server also hides the mock's /dev/* (404), as a real backend does. */
export async function startBrokenServer(upstream: string, defect: Defect | null, { foreign = false } = {}) {
  let residentToken: string | null = null
  let lastVoucher: Record<string, unknown> | null = null
  let forged = 0

  async function forward(
    method: string,
    url: string,
    headers: Record<string, string>,
    body?: Buffer,
  ): Promise<Upstream> {
    const res = await fetch(new URL(url, upstream), {
      method,
      headers,
      body: body?.length ? new Uint8Array(body) : undefined,
    })
    const out: Record<string, string> = {}
    res.headers.forEach((v, k) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) out[k] = v
    })
    return { status: res.status, headers: out, text: await res.text() }
  }

  async function loginResident(): Promise<string> {
    const res = await forward(
      'POST',
      '/api/v1/auth/login',
      { 'content-type': 'application/json' },
      Buffer.from('{"code":"dev:u-resident-1"}'),
    )
    return (JSON.parse(res.text) as { token: string }).token
  }

  async function answer(req: IncomingMessage): Promise<Upstream> {
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const path = url.split('?')[0]
    const body = await readBody(req)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v
    }
    if (foreign && path.startsWith('/api/v1/dev/')) {
      return { status: 404, headers: { 'content-type': 'application/json' }, text: NOT_FOUND }
    }
    if (defect === 'no-replay') headers['idempotency-key'] = `broken-${Date.now()}-${Math.random()}`
    let res = await forward(method, url, headers, body)

    if (defect === 'no-auth' && res.status === 401) {
      residentToken ??= await loginResident()
      res = await forward(method, url, { ...headers, authorization: `Bearer ${residentToken}` }, body)
      if (res.status === 401) {
        residentToken = await loginResident()
        res = await forward(method, url, { ...headers, authorization: `Bearer ${residentToken}` }, body)
      }
    }
    if (defect === 'wrong-status' && (res.status === 200 || res.status === 201))
      res.status = res.status === 200 ? 201 : 200
    if (
      defect === 'bad-body' &&
      method === 'GET' &&
      path === '/api/v1/notifications/unread-count' &&
      res.status === 200
    ) {
      res.text = JSON.stringify({ count: 'many' })
    }
    if (defect === 'illegal-transition' && codeOf(res) === 'ILLEGAL_TRANSITION')
      res = { ...res, status: 200, text: '{"ok":true}' }
    if (defect === 'no-role-check' && codeOf(res) === 'FORBIDDEN')
      res = { ...res, status: 200, text: '{"ok":true}' }
    if (defect === 'overspend' && method === 'POST' && path === '/api/v1/redemptions') {
      if (res.status < 300) lastVoucher = JSON.parse(res.text) as Record<string, unknown>
      else if (codeOf(res) === 'INSUFFICIENT_POINTS' && lastVoucher) {
        const id = `rd-forged-${++forged}`
        res = {
          ...res,
          status: 201,
          text: JSON.stringify({ ...lastVoucher, id, code: String(100000000000 + forged) }),
        }
      }
    }
    return res
  }

  const server: Server = createServer((req, res) => {
    answer(req).then(
      (u) => {
        res.writeHead(u.status, u.headers)
        res.end(u.text)
      },
      (e: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(String(e))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
