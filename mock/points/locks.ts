/**
 * Per-key serialisation, like row locks in a database: a command that reads, awaits and then
 * writes holds the keys it touches (`user:u-1`, `reward:rw-2`) so no other command on the
 * same keys runs in between. Keys are taken in sorted order, so two commands never wait on
 * each other. Kept in memory only: a reload ends every request anyway.
 */
const tails = new WeakMap<object, Map<string, Promise<void>>>()

function acquire(scope: object, key: string): Promise<() => void> {
  let chains = tails.get(scope)
  if (!chains) {
    chains = new Map()
    tails.set(scope, chains)
  }
  const held = chains
  const previous = held.get(key) ?? Promise.resolve()
  let release = () => {}
  const mine = new Promise<void>((resolve) => {
    release = resolve
  })
  const tail = previous.then(() => mine)
  held.set(key, tail)
  return previous.then(() => () => {
    release()
    if (held.get(key) === tail) held.delete(key)
  })
}

export async function withLocks<T>(
  scope: object,
  keys: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const releases: (() => void)[] = []
  try {
    for (const key of [...new Set(keys)].sort()) releases.push(await acquire(scope, key))
    return await run()
  } finally {
    for (const release of releases.reverse()) release()
  }
}

/**
 * A real turn of the event loop between a command's read and its write, as a database round
 * trip would take: other requests run here, so races are exercised rather than hidden.
 */
export function roundTrip(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * The shape of every command that must not race: under the locks, ask why it cannot run (a
 * refusal is thrown), a round trip, ask again against whatever happened meanwhile, then write
 * synchronously.
 */
export function lockedCommand<T>(
  scope: object,
  keys: readonly string[],
  refusal: () => Error | null,
  write: () => T,
): Promise<T> {
  return withLocks(scope, keys, async () => {
    refuse(refusal())
    await roundTrip()
    refuse(refusal())
    return write()
  })
}

/** A locked command whose write happens at the moment of its last check: `now()` is read once per check. */
export function timedCommand<T>(
  scope: object,
  keys: readonly string[],
  now: () => number,
  refusal: (at: number) => Error | null,
  write: (at: number) => T,
): Promise<T> {
  let at = 0
  const check = () => {
    at = now()
    return refusal(at)
  }
  return lockedCommand(scope, keys, check, () => write(at))
}

function refuse(refusal: Error | null): void {
  if (refusal) throw refusal
}
