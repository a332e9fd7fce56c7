import { z } from 'zod'
import type { SlicePersister } from './persistence'

/** Items per stored chunk: 50 tickets are about 80 KB of JSON, far from WeChat's 1 MB per key. */
export const CHUNK_SIZE = 50

const Manifest = z.object({ chunks: z.number().int().nonnegative() })

export function chunkName(name: string, index: number): string {
  return `${name}.${index}`
}

/**
 * A list stored as `<name>` ({ chunks }) plus `<name>.0`, `<name>.1`, …  Items are immutable
 * values (replaced, never edited in place), so a chunk whose items are all the same objects
 * as at the last write is known unchanged without serializing it.
 */
export interface ChunkedList<T> {
  /** the stored items, or null when the manifest or any chunk is missing or wrong */
  read(): T[] | null
  /** writes the manifest and the chunks that changed, removes chunks past the end; returns names written */
  write(items: readonly T[]): string[]
}

export function chunkedList<T>(persister: SlicePersister, name: string, item: z.ZodType<T>): ChunkedList<T> {
  /** the items of each chunk as last read or written; undefined: unknown, write it */
  let known: (readonly T[] | undefined)[] = []
  /** how many chunks storage may hold; unknown until read or first written */
  let stored: number | null = null
  const unchanged = (a: readonly T[] | undefined, b: readonly T[]) =>
    a !== undefined && a.length === b.length && a.every((x, i) => x === b[i])

  return {
    read() {
      const manifest = persister.read(name)
      const parsed = manifest.kind === 'ok' ? Manifest.safeParse(manifest.value) : null
      if (!parsed?.success) return null
      const items: T[] = []
      const chunks: T[][] = []
      for (let i = 0; i < parsed.data.chunks; i++) {
        const raw = persister.read(chunkName(name, i))
        const chunk = raw.kind === 'ok' ? z.array(item).safeParse(raw.value) : null
        if (!chunk?.success) return null
        chunks.push(chunk.data)
        items.push(...chunk.data)
      }
      known = chunks
      stored = chunks.length
      return items
    },
    write(items) {
      const count = Math.ceil(items.length / CHUNK_SIZE)
      const slices: Record<string, unknown> = { [name]: { chunks: count } }
      const chunks: (readonly T[])[] = []
      for (let i = 0; i < count; i++) {
        chunks.push(items.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE))
        if (!unchanged(known[i], chunks[i])) slices[chunkName(name, i)] = chunks[i]
      }
      const { written, failed } = persister.write(slices)
      known = chunks.map((chunk, i) => (failed.includes(chunkName(name, i)) ? undefined : chunk))
      // after a reseed over unreadable data, leftovers past the end are found by probing
      let i = count
      while (stored === null ? persister.read(chunkName(name, i)).kind !== 'absent' : i < stored) {
        persister.remove(chunkName(name, i))
        i++
      }
      stored = count
      return written
    },
  }
}

/**
 * A record stored as `<name>#0` … `<name>#<buckets-1>`, each key in the bucket its hash picks
 * (see mock/dirty.ts): a new or changed entry rewrites one bucket, not the whole record.
 */
export interface BucketedRecord<T> {
  /** every bucket merged, or null when one is missing or wrong */
  read(): Record<string, T> | null
  /** writes the given buckets (all when `which` is null); returns the names written and failed */
  write(record: Record<string, T>, which: ReadonlySet<number> | null): { written: string[]; failed: number[] }
}

export function bucketedRecord<T>(
  persister: SlicePersister,
  name: string,
  buckets: number,
  bucket: (key: string) => number,
  item: z.ZodType<T>,
): BucketedRecord<T> {
  const schema = z.record(z.string(), item)
  return {
    read() {
      const out: Record<string, T> = {}
      for (let b = 0; b < buckets; b++) {
        const raw = persister.read(`${name}#${b}`)
        const parsed = raw.kind === 'ok' ? schema.safeParse(raw.value) : null
        if (!parsed?.success) return null
        Object.assign(out, parsed.data)
      }
      return out
    },
    write(record, which) {
      const parts: Record<string, T>[] = Array.from({ length: buckets }, () => ({}))
      const slices: Record<string, unknown> = {}
      for (let b = 0; b < buckets; b++) if (!which || which.has(b)) slices[`${name}#${b}`] = parts[b]
      for (const [key, value] of Object.entries(record)) {
        const b = bucket(key)
        if (!which || which.has(b)) parts[b][key] = value
      }
      const { written, failed } = persister.write(slices)
      return { written, failed: failed.map((n) => Number(n.slice(name.length + 1))) }
    },
  }
}
