/**
 * `npm run contract:openapi`: writes docs/openapi.json from src/contract, after a real validator
 * (@seriousme/openapi-schema-validator) has accepted it. `--check` writes nothing and fails when
 * the committed file differs (jest runs the same check in npm test).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildOpenApi, serializeOpenApi } from './openapi/document'

export const OPENAPI_FILE = path.resolve(__dirname, '../docs/openapi.json')
const FINISH_SCRIPT = path.resolve(__dirname, 'openapi/finish.mjs')

export interface FinishedOpenApi {
  /** formatted as docs/openapi.json holds it */
  text: string
  valid: boolean
  version?: string
  errors: unknown[]
}

/** Formats and validates a document (JSON text) in a child process. */
export function finishOpenApi(raw: string): FinishedOpenApi {
  const out = execFileSync(process.execPath, [FINISH_SCRIPT], { input: raw, encoding: 'utf8' })
  return JSON.parse(out) as FinishedOpenApi
}

/** The document the contract gives now, formatted and validated. */
export function generatedOpenApi(): FinishedOpenApi {
  return finishOpenApi(serializeOpenApi(buildOpenApi()))
}

function main(): void {
  const { text, valid, version, errors } = generatedOpenApi()
  if (!valid) {
    console.error('生成的 OpenAPI 文档未通过校验：', JSON.stringify(errors, null, 2))
    process.exit(1)
  }
  const current = existsSync(OPENAPI_FILE) ? readFileSync(OPENAPI_FILE, 'utf8') : ''
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('docs/openapi.json 与 src/contract 不一致：请运行 npm run contract:openapi')
      process.exit(1)
    }
    console.log(`docs/openapi.json 与契约一致（OpenAPI ${version}）`)
    return
  }
  writeFileSync(OPENAPI_FILE, text)
  const paths = Object.keys((JSON.parse(text) as { paths: object }).paths).length
  console.log(
    `wrote docs/openapi.json: OpenAPI ${version}, ${paths} paths${current === text ? ' (unchanged)' : ''}`,
  )
}

if (require.main === module) main()
