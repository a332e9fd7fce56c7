import { readFileSync } from 'node:fs'
import { api, type Endpoint } from '../../../src/contract'
import { finishOpenApi, generatedOpenApi, OPENAPI_FILE, type FinishedOpenApi } from '../../../scripts/openapi'
import { buildOpenApi, serializeOpenApi } from '../../../scripts/openapi/document'
import { openApiPath } from '../../../scripts/openapi/operation'

type Doc = {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}
type Operation = {
  operationId: string
  security: unknown[]
  parameters?: { $ref?: string; name?: string; in?: string }[]
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }>; headers?: object }>
}

let generated: FinishedOpenApi
let text: string
let doc: Doc
beforeAll(() => {
  generated = generatedOpenApi()
  text = generated.text
  doc = JSON.parse(text) as Doc
}, 20_000)

function firstDifference(a: string, b: string): string {
  const al = a.split('\n')
  const bl = b.split('\n')
  const i = al.findIndex((line, n) => line !== bl[n])
  const at = i < 0 ? Math.min(al.length, bl.length) : i
  return `line ${at + 1}: committed ${JSON.stringify(bl[at])}, contract ${JSON.stringify(al[at])}`
}

describe('docs/openapi.json', () => {
  it('is what the contract generates (else: run npm run contract:openapi)', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8')
    if (committed !== text) {
      throw new Error(
        `docs/openapi.json is out of date with src/contract — run npm run contract:openapi and commit it.\n` +
          firstDifference(text, committed),
      )
    }
  })

  it('passes a real OpenAPI 3.1 validator, $refs included', () => {
    expect(generated.errors).toEqual([])
    expect(generated).toMatchObject({ valid: true, version: '3.1' })
  })

  it('the validator refuses a broken document and a dangling $ref', () => {
    const broken = JSON.parse(text)
    delete broken.info
    broken.paths['/tickets'].get.responses['200'].content['application/json'].schema = {
      $ref: '#/components/schemas/NoSuchThing',
    }
    const result = finishOpenApi(JSON.stringify(broken))
    expect(result.valid).toBe(false)
    expect(JSON.stringify(result.errors)).toMatch(/info/)
  }, 20_000)
})

describe('the generated document', () => {
  const entries = Object.entries(api) as [string, Endpoint][]

  it('has every endpoint but the mock-only developer ones, once, under its method and path', () => {
    const seen = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId))
    const expected = entries.filter(([, e]) => e.access !== 'dev').map(([id]) => id)
    expect(seen.sort()).toEqual(expected.sort())
    for (const [id, e] of entries) {
      const op = doc.paths[openApiPath(e.path)]?.[e.method.toLowerCase()]
      if (e.access === 'dev') expect([id, op]).toEqual([id, undefined])
      else expect([id, op?.operationId]).toEqual([id, id])
    }
    expect(Object.keys(doc.paths).some((p) => p.includes(':'))).toBe(false)
  })

  it('asks for a bearer token exactly where the descriptor does, and an Idempotency-Key where idempotent', () => {
    for (const [id, e] of entries.filter(([, e]) => e.access !== 'dev')) {
      const op = doc.paths[openApiPath(e.path)][e.method.toLowerCase()]
      expect([id, op.security]).toEqual([id, Array.isArray(e.access) ? [{ bearerAuth: [] }] : []])
      const idem = (op.parameters ?? []).some((p) => p.$ref === '#/components/parameters/IdempotencyKey')
      expect([id, idem]).toEqual([id, Boolean(e.idempotent)])
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
      expect([id, pathParams]).toEqual([id, [...e.path.matchAll(/:(\w+)/g)].map((m) => m[1])])
    }
  })

  it('documents every error as the one envelope, with Retry-After on 429', () => {
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400)
        expect(errors.map(([s]) => s)).toContain('500')
        for (const [status, res] of errors) {
          expect(res.content?.['application/json'].schema.$ref).toBe('#/components/schemas/ErrorEnvelope')
          if (status === '429') expect(res.headers).toHaveProperty('Retry-After')
        }
      }
    }
    expect(doc.paths['/tickets/{id}/urge'].post.responses['429']).toBeDefined()
  })

  it('describes POST /uploads as multipart/form-data with a binary file part', () => {
    const body = doc.paths['/uploads'].post.requestBody!
    expect(Object.keys(body.content)).toEqual(['multipart/form-data'])
    expect(body.content['multipart/form-data'].schema.properties).toEqual({
      file: { type: 'string', contentMediaType: 'application/octet-stream' },
    })
    expect(doc.paths['/uploads'].post.responses['201']).toBeDefined()
  })

  it('reads a query as separate parameters, with their constraints', () => {
    const params = doc.paths['/tickets'].get.parameters as {
      name: string
      required: boolean
      schema: object
    }[]
    expect(params.find((p) => p.name === 'scope')).toMatchObject({
      required: true,
      schema: { enum: ['mine', 'following', 'public'] },
    })
    expect(params.find((p) => p.name === 'limit')).toMatchObject({ required: false, schema: { maximum: 50 } })
  })

  it('is the same JSON however often it is built', () => {
    expect(serializeOpenApi(buildOpenApi())).toBe(serializeOpenApi(JSON.parse(text)))
  })
})
