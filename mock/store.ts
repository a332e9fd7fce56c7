import { bucketedRecord, chunkedList, type ChunkedList } from './chunks'
import { bucketOf, trackDirty } from './dirty'
import { createSlicePersister, sliceKey, type KeyValueStorage, type SlicePersister } from './persistence'
import { seedState } from './seed'
import {
  CHUNKED_SLICES,
  IdempotencyRecord,
  SLICES,
  type ChunkedSliceName,
  type MockState,
  type SliceName,
  type StoredUser,
} from './state'

export interface Store {
  /** the live state; its identity never changes (reset refills it), so holding it is safe */
  readonly state: MockState
  /**
   * uploaded image bytes by upload id: memory only, never persisted (WeChat's storage is
   * 10 MB in all), so after a restart an old upload's URL answers 404
   */
  readonly blobs: Map<string, Uint8Array>
  /** writes the slices that changed since the last load or save; returns their names */
  save(): string[]
  /** reseeds users and tickets and clears tokens, idempotency records, uploads, the clock offset and faults */
  reset(): void
  findUser(id: string): StoredUser | undefined
}

const SLICE_NAMES = Object.keys(SLICES) as SliceName[]
const CHUNKED_NAMES = Object.keys(CHUNKED_SLICES) as ChunkedSliceName[]
/**
 * Idempotency records grow with every keyed write: stored in buckets by key, so a write
 * rewrites the one bucket its record is in rather than every record there is.
 */
const IDEMPOTENCY_BUCKETS = 16
const idempotencyBucket = bucketOf(IDEMPOTENCY_BUCKETS)
/** slices stored one key each (the bucketed one has its own keys) */
const PLAIN_NAMES = SLICE_NAMES.filter((n) => n !== 'idempotency')

type Lists = { [K in ChunkedSliceName]: ChunkedList<MockState[K][number]> }
type Idempotency = ReturnType<typeof bucketedRecord<IdempotencyRecord>>

/**
 * Loads every slice, or nothing: a missing, corrupt or wrong-version slice means the stored
 * state cannot be trusted as a whole (users would point at tokens that are gone, ...).
 */
function load(persister: SlicePersister, lists: Lists, idempotency: Idempotency): MockState | null {
  const loaded: Partial<Record<SliceName | ChunkedSliceName, unknown>> = {}
  const records = idempotency.read()
  if (!records) return null
  loaded.idempotency = records
  for (const name of PLAIN_NAMES) {
    const read = persister.read(name)
    if (read.kind !== 'ok') return null
    const parsed = SLICES[name].safeParse(read.value)
    if (!parsed.success) return null
    loaded[name] = parsed.data
  }
  for (const name of CHUNKED_NAMES) {
    const items = lists[name].read()
    if (!items) return null
    loaded[name] = items
  }
  const state = loaded as MockState
  // A request that was running when the app was killed never finished: let its retry run again.
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (!record.response) delete state.idempotency[key]
  }
  return state
}

/** `now` dates the seeded tickets (real time: the clock offset starts at 0 on a fresh seed). */
export function createStore(storage: KeyValueStorage, now: () => number = () => Date.now()): Store {
  const persister = createSlicePersister(storage)
  const lists: Lists = {
    tickets: chunkedList(persister, 'tickets', CHUNKED_SLICES.tickets),
    ledger: chunkedList(persister, 'ledger', CHUNKED_SLICES.ledger),
  }
  const idempotency: Idempotency = bucketedRecord(
    persister,
    'idempotency',
    IDEMPOTENCY_BUCKETS,
    idempotencyBucket,
    IdempotencyRecord,
  )
  const loaded = load(persister, lists, idempotency)
  const raw: MockState = loaded ?? seedState(now())
  // a write persists what it changed: the proxies note which slices (and buckets) were written
  const tracker = trackDirty(raw, {
    untracked: new Set<string>(CHUNKED_NAMES),
    bucketed: { idempotency: idempotencyBucket },
  })
  const state = tracker.state
  const blobs = new Map<string, Uint8Array>()
  if (!loaded) for (const name of SLICE_NAMES) tracker.restore([name])

  const store: Store = {
    state,
    blobs,
    save() {
      const dirty = tracker.take()
      const simple: Record<string, unknown> = {}
      for (const name of PLAIN_NAMES) if (dirty.has(name)) simple[name] = raw[name]
      const { written, failed } = persister.write(simple)
      tracker.restore(failed)
      const all = dirty.has('idempotency')
      const buckets = new Set<number>()
      for (const tag of dirty) if (tag.startsWith('idempotency#')) buckets.add(Number(tag.slice(12)))
      if (all || buckets.size) {
        const res = idempotency.write(raw.idempotency, all ? null : buckets)
        written.push(...res.written)
        tracker.restore(
          all && res.failed.length ? ['idempotency'] : res.failed.map((b) => `idempotency#${b}`),
        )
      }
      written.push(...lists.tickets.write(raw.tickets), ...lists.ledger.write(raw.ledger))
      return written
    },
    reset() {
      Object.assign(state, seedState(now()))
      blobs.clear()
    },
    findUser: (id) => state.users.find((u) => u.id === id),
  }
  if (!loaded) {
    if (hasAnySlice(storage)) console.warn('[mock] 本地模拟数据已损坏或版本不符，已重新生成')
    store.save()
  }
  return store
}

function hasAnySlice(storage: KeyValueStorage): boolean {
  try {
    return [...PLAIN_NAMES, ...CHUNKED_NAMES, 'idempotency#0'].some((name) => storage.getItem(sliceKey(name)))
  } catch {
    return true
  }
}
