/**
 * WeChat's JS runtime has no AbortController, and TanStack Query creates one for every
 * fetch. A minimal stand-in is enough: nothing here aborts a request in flight.
 */
type Listener = () => void

class MiniAbortSignal {
  aborted = false
  reason: unknown = undefined
  onabort: Listener | null = null
  private listeners: Listener[] = []
  addEventListener(_type: 'abort', l: Listener) {
    this.listeners.push(l)
  }
  removeEventListener(_type: 'abort', l: Listener) {
    this.listeners = this.listeners.filter((x) => x !== l)
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason
  }
  fire() {
    this.onabort?.()
    this.listeners.forEach((l) => l())
  }
}

class MiniAbortController {
  readonly signal = new MiniAbortSignal()
  abort(reason?: unknown) {
    if (this.signal.aborted) return
    this.signal.aborted = true
    this.signal.reason = reason ?? new Error('Aborted')
    this.signal.fire()
  }
}

const g = globalThis as { AbortController?: unknown }
if (typeof g.AbortController === 'undefined') g.AbortController = MiniAbortController
