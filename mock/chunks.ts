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
