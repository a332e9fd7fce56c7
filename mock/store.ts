import { chunkedList, type ChunkedList } from './chunks'
import { createSlicePersister, sliceKey, type KeyValueStorage, type SlicePersister } from './persistence'
import { seedState } from './seed'
import {
  CHUNKED_SLICES,
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

type Lists = { [K in ChunkedSliceName]: ChunkedList<MockState[K][number]> }

/**
 * Loads every slice, or nothing: a missing, corrupt or wrong-version slice means the stored
 * state cannot be trusted as a whole (users would point at tokens that are gone, ...).
 */
function load(persister: SlicePersister, lists: Lists): MockState | null {
  const loaded: Partial<Record<SliceName | ChunkedSliceName, unknown>> = {}
  for (const name of SLICE_NAMES) {
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
  const lists: Lists = { tickets: chunkedList(persister, 'tickets', CHUNKED_SLICES.tickets) }
  const loaded = load(persister, lists)
  const state: MockState = loaded ?? seedState(now())
  const blobs = new Map<string, Uint8Array>()

  const store: Store = {
    state,
    blobs,
    save() {
      const simple: Record<string, unknown> = {}
      for (const name of SLICE_NAMES) simple[name] = state[name]
      const { written } = persister.write(simple)
      for (const name of CHUNKED_NAMES) written.push(...lists[name].write(state[name]))
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
    return [...SLICE_NAMES, ...CHUNKED_NAMES].some((name) => storage.getItem(sliceKey(name)))
  } catch {
    return true
  }
}
