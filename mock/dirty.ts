/**
 * Which parts of the store a request may have changed, without serialising anything to find
 * out: the state is handed out behind a proxy that notes each slice a request reaches (a slice
 * nobody reached cannot have changed, so saving compares and writes only those). A bucketed
 * slice (a record stored in buckets by key) notes the buckets of the keys reached instead. The
 * values handed out are the stored objects themselves, never proxies, so identity holds.
 * The chunked lists (tickets, ledger) are not noted: their items are replaced, never edited,
 * and their chunks are compared by identity (mock/chunks.ts).
 */

export interface DirtyTracker<S extends object> {
  /** the state to hand out */
  readonly state: S
  /** the tags reached since the last take (slice names, `<slice>#<bucket>`), and forgets them */
  take(): Set<string>
  /** notes tags again (a write that failed, a fresh seed) */
  restore(tags: Iterable<string>): void
}

export type BucketOf = (key: string) => number

/** A stable bucket for a key: the same on every load, spread evenly. */
export function bucketOf(buckets: number): BucketOf {
  return (key) => {
    let h = 0
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
    return Math.abs(h) % buckets
  }
}

export function trackDirty<S extends object>(
  raw: S,
  options: { untracked: ReadonlySet<string>; bucketed: Readonly<Record<string, BucketOf>> },
): DirtyTracker<S> {
  let dirty = new Set<string>()
  const bucketProxies = new Map<string, { target: object; proxy: object }>()

  /** a bucketed record: notes the bucket of each key read, written or deleted */
  const bucketed = (name: string, bucket: BucketOf, value: object): object => {
    const cached = bucketProxies.get(name)
    if (cached?.target === value) return cached.proxy
    const note = (k: string | symbol) => {
      if (typeof k === 'string') dirty.add(`${name}#${bucket(k)}`)
    }
    const proxy = new Proxy(value, {
      get: (t, k) => {
        if (Object.prototype.hasOwnProperty.call(t, k)) note(k)
        return Reflect.get(t, k)
      },
      set: (t, k, v) => (note(k), Reflect.set(t, k, v)),
      deleteProperty: (t, k) => (note(k), Reflect.deleteProperty(t, k)),
    })
    bucketProxies.set(name, { target: value, proxy })
    return proxy
  }

  const state = new Proxy(raw, {
    get: (t, k, r) => {
      const v = Reflect.get(t, k, r)
      if (typeof k !== 'string' || options.untracked.has(k)) return v
      const bucket = options.bucketed[k]
      if (bucket && v !== null && typeof v === 'object') return bucketed(k, bucket, v)
      dirty.add(k)
      return v
    },
    set: (t, k, v) => {
      if (typeof k === 'string') dirty.add(k)
      return Reflect.set(t, k, v)
    },
  })

  return {
    state,
    take() {
      const out = dirty
      dirty = new Set()
      return out
    },
    restore(tags) {
      for (const t of tags) dirty.add(t)
    },
  }
}
