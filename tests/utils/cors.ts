/** The CORS preflight a browser sends from `origin` before a POST to `url` with `headers`. */
export function preflight(url: string, origin: string, headers: readonly string[]): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': headers.join(', '),
    },
  })
}

/** A preflight answered for `origin`: 204, with credentials, every one of `headers` allowed. */
export function expectPreflightAllowed(res: Response, origin: string, headers: readonly string[]): void {
  expect(res.status).toBe(204)
  expect(res.headers.get('access-control-allow-origin')).toBe(origin)
  expect(res.headers.get('access-control-allow-credentials')).toBe('true')
  const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase()
  for (const h of headers) expect(allowed).toContain(h)
}
