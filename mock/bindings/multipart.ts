/**
 * A small multipart/form-data reader for the node:http binding (RFC 7578): enough for
 * POST /uploads, which sends one `file` part. Returns the parts by name; file parts keep their
 * bytes untouched (a photo is binary, never decoded as text).
 */
export interface FormPart {
  name: string
  filename: string | null
  bytes: Buffer
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

export function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : null
}

function dispositionParam(headers: string, param: string): string | null {
  const line = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h)) ?? ''
  // filename*=UTF-8''… (RFC 5987) wins over a plain filename
  if (param === 'filename') {
    const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(line)
    if (extended) {
      try {
        return decodeURIComponent(extended[1].trim())
      } catch {
        // fall through to the plain parameter
      }
    }
  }
  const match = new RegExp(`(?:^|;)\\s*${param}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(
    line.replace(/^[^:]*:/, ''),
  )
  if (match) return match[1].replace(/\\(.)/g, '$1')
  const bare = new RegExp(`(?:^|;)\\s*${param}=([^;\\s]+)`, 'i').exec(line.replace(/^[^:]*:/, ''))
  return bare ? bare[1] : null
}

export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: FormPart[] = []
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    let cursor = start + delimiter.length
    // `--boundary--` closes the body
    if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) break
    if (body.subarray(cursor, cursor + 2).equals(CRLF)) cursor += 2
    const next = body.indexOf(delimiter, cursor)
    if (next === -1) break
    const headerEnd = body.indexOf(HEADER_END, cursor)
    if (headerEnd !== -1 && headerEnd < next) {
      const headers = body.subarray(cursor, headerEnd).toString('utf8')
      // the CRLF before the next delimiter belongs to the delimiter, not the content
      const contentEnd = body.subarray(next - 2, next).equals(CRLF) ? next - 2 : next
      const name = dispositionParam(headers, 'name')
      if (name !== null) {
        parts.push({
          name,
          filename: dispositionParam(headers, 'filename'),
          bytes: body.subarray(headerEnd + 4, contentEnd),
        })
      }
    }
    start = next
  }
  return parts
}

/** POST /uploads as the router wants it: `{ file: { name, bytes } }`, or `{}` without a file part. */
export function uploadFormFrom(body: Buffer, contentType: string): unknown {
  const boundary = boundaryOf(contentType)
  if (!boundary) return {}
  const file = parseMultipart(body, boundary).find((p) => p.name === 'file' && p.filename !== null)
  if (!file) return {}
  // a copy in this realm's Uint8Array (the contract checks instanceof; a Buffer may come from another realm)
  const bytes = new Uint8Array(file.bytes.length)
  bytes.set(file.bytes)
  return { file: { name: file.filename ?? 'file', bytes } }
}
