import fc from 'fast-check'

/** For each kind of command, an arbitrary for each of its fields. */
type Kinds = Record<string, Record<string, fc.Arbitrary<unknown>>>

/** The commands such a table describes: `{ kind, ...fields }`, one member per kind. */
export type CommandOf<T extends Kinds> = {
  [K in keyof T & string]: { kind: K } & {
    [F in keyof T[K]]: T[K][F] extends fc.Arbitrary<infer V> ? V : never
  }
}[keyof T & string]

/**
 * Random commands for a model-based test: fc.oneof over the kinds, in the table's order, each
 * kind's fields drawn from their arbitraries. The command type is CommandOf the same table.
 */
export function commands<T extends Kinds>(kinds: T): fc.Arbitrary<CommandOf<T>> {
  const members = Object.entries(kinds).map(([kind, fields]) =>
    fc.record({ kind: fc.constant(kind), ...fields }),
  )
  // each record is { kind, ...fields } of its own kind: the member of CommandOf<T> for that kind
  return fc.oneof(...members) as fc.Arbitrary<CommandOf<T>>
}
