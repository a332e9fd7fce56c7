/**
 * Where the mock store survives a reload: Taro storage in the app, memory in tests and node.
 * The state is split into slices under versioned keys so no single key nears WeChat's
 * 1 MB-per-key limit, and only slices whose JSON changed are written back.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** Bump when a slice's stored shape changes incompatibly: old data is then ignored and reseeded. */
export const STORAGE_VERSION = 1
export const STORAGE_PREFIX = `ssp-mock:v${STORAGE_VERSION}:`

export function sliceKey(name: string): string {
  return STORAGE_PREFIX + name
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  /** everything stored, for tests and debugging */
  entries(): Record<string, string>
} {
  const data = new Map<string, string>(Object.entries(initial))
  return {
    getItem: (key) => (data.has(key) ? (data.get(key) as string) : null),
    setItem: (key, value) => {
      data.set(key, String(value))
    },
    removeItem: (key) => {
      data.delete(key)
    },
    entries: () => Object.fromEntries(data),
  }
}

export type SliceRead = { kind: 'absent' } | { kind: 'corrupt' } | { kind: 'ok'; value: unknown }

/** Reads and writes named slices, remembering what it last wrote so unchanged slices cost no write. */
export interface SlicePersister {
  read(name: string): SliceRead
  /**
   * writes the slices whose serialized JSON differs from the last read or write; returns the
   * names written, and those the storage refused (kept dirty, tried again next time)
   */
  write(slices: Record<string, unknown>): { written: string[]; failed: string[] }
  /** forgets a slice (a chunk no longer needed) */
  remove(name: string): void
}

export function createSlicePersister(storage: KeyValueStorage): SlicePersister {
  const lastJson = new Map<string, string>()
  return {
    read(name) {
      let raw: string | null
      try {
        raw = storage.getItem(sliceKey(name))
      } catch {
        return { kind: 'corrupt' }
      }
      // Some storages hand back '' for a missing key (Taro.getStorageSync does).
      if (raw === null || raw === undefined || raw === '') return { kind: 'absent' }
      try {
        const value: unknown = JSON.parse(raw)
        lastJson.set(name, raw)
        return { kind: 'ok', value }
      } catch {
        return { kind: 'corrupt' }
      }
    },
    write(slices) {
      const written: string[] = []
      const failed: string[] = []
      for (const [name, value] of Object.entries(slices)) {
        const json = JSON.stringify(value)
        if (lastJson.get(name) === json) continue
        try {
          storage.setItem(sliceKey(name), json)
          lastJson.set(name, json)
          written.push(name)
        } catch (e) {
          // Quota exceeded or a closed storage: the mock keeps running in memory rather than crash.
          console.warn(`[mock] 无法保存 ${name}`, e)
          failed.push(name)
        }
      }
      return { written, failed }
    },
    remove(name) {
      lastJson.delete(name)
      try {
        storage.removeItem(sliceKey(name))
      } catch (e) {
        console.warn(`[mock] 无法删除 ${name}`, e)
      }
    },
  }
}
