/**
 * The app parses with zod's plain parsers. Its compiled ones (a generated function per object
 * schema, built on the first parse) cost more to build than they save on answers of a page of 20,
 * and a mini-program allows no generated code at all. zod reads the setting when a schema is
 * built, so it is set before any is: app.tsx imports this module first.
 *
 * It is set on the object where zod keeps its settings (`globalThis.__zod_globalConfig`, shared by
 * every copy of zod, the one `z.config()` writes to) rather than through `z.config()`: importing
 * zod here would put 7 KB of it into the first script every page waits for.
 * tests/unit/platform/zod-parsers.node.test.ts checks that zod still reads it from there.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> }
const settings = (holder.__zod_globalConfig ??= {})
settings.jitless = true

export {}
