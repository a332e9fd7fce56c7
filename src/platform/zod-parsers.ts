import { config } from 'zod/v4/core'

/**
 * The app parses with zod's plain parsers. Its compiled ones (a generated function per object
 * schema, built on the first parse) cost more to build than they save on answers of a page of 20,
 * and a mini-program allows no generated code at all. zod reads this setting when a schema is
 * built, so it is set before any is: app.tsx imports this module first.
 */
config({ jitless: true })
