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
 * The shape of every command that must not race: under the locks, check (throws a refusal),
 * a round trip, check again against whatever happened meanwhile, then write synchronously.
 */
export function lockedCommand<T>(
  scope: object,
  keys: readonly string[],
  check: () => void,
  write: () => T,
): Promise<T> {
  return withLocks(scope, keys, async () => {
    check()
    await roundTrip()
    check()
    return write()
  })
}
