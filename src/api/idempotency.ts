/** A fresh Idempotency-Key: one per intent of a person (this tap, this form), never per attempt. */
export function newIdempotencyKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `k-${Date.now().toString(36)}-${rand()}${rand()}`
}
