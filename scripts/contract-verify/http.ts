import { API_PREFIX } from '../../src/contract'

/** One answer as the kit sees it: the status, lower-case headers and the parsed JSON body (or the raw text). */
export interface Answer {
  status: number
  headers: Record<string, string>
  /** parsed JSON; undefined for an empty body; the text itself when it is not JSON */
  body: unknown
  /** false when a body was sent that is not JSON */
  json: boolean
}

export interface Call {
  method: string
  /** a path below /api/v1 with its parameters filled in */
  path: string
  query?: Record<string, string>
  /** sent as JSON, or as multipart/form-data when it is a `file` upload */
  body?: unknown
  token?: string | null
  headers?: Record<string, string>
}

/** A JPEG (or other file) for `POST /uploads`, sent as the multipart part `file`. */
export interface FilePart {
  name: string
  bytes: Uint8Array
}

export function isFilePart(value: unknown): value is { file: FilePart } {
  const file = (value as { file?: unknown } | null)?.file as Partial<FilePart> | undefined
  return !!file && typeof file.name === 'string' && file.bytes instanceof Uint8Array
}

/** `/tickets/:id` + `{ id: 't-1' }` → `/tickets/t-1` */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
}

const TIMEOUT_MS = 15_000

/** The one HTTP client of the kit: every request of every check goes through here. */
export class Http {
  /** how many requests this run sent */
  sent = 0

  constructor(readonly origin: string) {}

  async send(call: Call): Promise<Answer> {
    const url = new URL(`${API_PREFIX}${call.path}`, this.origin)
    for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v)
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers }
    if (call.token) headers.authorization = `Bearer ${call.token}`
    let body: string | FormData | undefined
    if (isFilePart(call.body)) {
      const form = new FormData()
      const { name, bytes } = call.body.file
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name)
      body = form
    } else if (call.body !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(call.body)
    }
    this.sent++
    const res = await fetch(url, {
      method: call.method,
      headers,
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const text = await res.text()
    const out: Record<string, string> = {}
    res.headers.forEach((value, key) => {
      out[key.toLowerCase()] = value
    })
    if (text === '') return { status: res.status, headers: out, body: undefined, json: true }
    try {
      return { status: res.status, headers: out, body: JSON.parse(text) as unknown, json: true }
    } catch {
      return { status: res.status, headers: out, body: text, json: false }
    }
  }
}
