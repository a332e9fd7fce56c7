/** FNV-1a over bytes: a fingerprint, not a security measure. */
function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193)
  return (h >>> 0).toString(16)
}

/**
 * JSON with object keys sorted at every level, so two bodies that mean the same thing
 * ({a,b} and {b,a}) give the same Idempotency-Key fingerprint.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  // an upload's bytes: their length and digest stand for them (5 MB of indices would not do)
  if (value instanceof Uint8Array) return JSON.stringify(`bytes:${value.length}:${fnv1a(value)}`)
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const obj = value as Record<string, unknown>
  const entries = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
  return `{${entries.join(',')}}`
}
