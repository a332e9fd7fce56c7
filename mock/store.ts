import { createSlicePersister, sliceKey, type KeyValueStorage, type SlicePersister } from './persistence'
import { seedState } from './seed'
import { SLICES, type MockState, type SliceName, type StoredUser } from './state'

export interface Store {
  /** the live state; its identity never changes (reset refills it), so holding it is safe */
  readonly state: MockState
  /** writes the slices that changed since the last load or save; returns their names */
  save(): string[]
  /** reseeds users and clears tokens, idempotency records, the clock offset and faults */
  reset(): void
  findUser(id: string): StoredUser | undefined
}

const SLICE_NAMES = Object.keys(SLICES) as SliceName[]

/**
 * Loads every slice, or nothing: a missing, corrupt or wrong-version slice means the stored
 * state cannot be trusted as a whole (users would point at tokens that are gone, ...).
 */
function load(persister: SlicePersister): MockState | null {
  const loaded: Partial<Record<SliceName, unknown>> = {}
  for (const name of SLICE_NAMES) {
    const read = persister.read(name)
    if (read.kind !== 'ok') return null
    const parsed = SLICES[name].safeParse(read.value)
    if (!parsed.success) return null
    loaded[name] = parsed.data
  }
  const state = loaded as MockState
  // A request that was running when the app was killed never finished: let its retry run again.
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (!record.response) delete state.idempotency[key]
  }
  return state
}

export function createStore(storage: KeyValueStorage): Store {
  const persister = createSlicePersister(storage)
  const loaded = load(persister)
  const state: MockState = loaded ?? seedState()

  const store: Store = {
    state,
    save: () => persister.write(state),
    reset() {
      Object.assign(state, seedState())
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
    return SLICE_NAMES.some((name) => storage.getItem(sliceKey(name)))
  } catch {
    return true
  }
}
