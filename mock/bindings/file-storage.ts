import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { KeyValueStorage } from '../persistence'

/**
 * `npm run mock:serve` with MOCK_STATE_FILE=.build/mock-state.json keeps its data across restarts.
 * All keys live in one JSON file, rewritten atomically (temp file + rename) on every change.
 */
export function fileStorage(file: string): KeyValueStorage {
  let data: Record<string, string> = {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      data = parsed as Record<string, string>
  } catch {
    // missing or unreadable: start empty, the store reseeds
  }
  const flush = () => {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.tmp`, JSON.stringify(data))
    renameSync(`${file}.tmp`, file)
  }
  return {
    getItem: (key) => (typeof data[key] === 'string' ? data[key] : null),
    setItem: (key, value) => {
      data[key] = value
      flush()
    },
    removeItem: (key) => {
      delete data[key]
      flush()
    },
  }
}
