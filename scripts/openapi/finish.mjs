// The ESM-only half of `npm run contract:openapi`, run in a child process (jest cannot load
// ESM-only packages in-process): formats the document as `npm run format` would, and validates it
// with @seriousme/openapi-schema-validator, every $ref resolved. Reads the JSON from stdin and
// prints `{ text, valid, version, errors }`.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Validator } from '@seriousme/openapi-schema-validator'
import { format, resolveConfig } from 'prettier'

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/openapi.json')
// read stdin as a stream: readFileSync(0) throws EAGAIN when the parent's pipe is not ready yet
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const raw = Buffer.concat(chunks).toString('utf8')
const text = await format(raw, { ...(await resolveConfig(target)), filepath: target })
const validator = new Validator()
const result = await validator.validate(JSON.parse(text))
let errors = result.valid ? [] : result.errors
if (result.valid) {
  try {
    validator.resolveRefs()
  } catch (e) {
    errors = [{ message: String(e?.message ?? e) }]
  }
}
process.stdout.write(JSON.stringify({ text, valid: errors.length === 0, version: validator.version, errors }))
