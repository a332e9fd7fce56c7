import type { z } from 'zod'
import { api, type Endpoint } from '../../src/contract'
import { operation, openApiPath } from './operation'
import { COMPONENT_REF, convertAll, domainOf, namedSchemas, type JsonSchema } from './schemas'

const TAG_NAMES: Record<string, string> = {
  auth: '登录与用户',
  reference: '分类、社区与地址',
  uploads: '图片上传',
  tickets: '上报与跟进',
  workbench: '网格员工作台',
  volunteer: '志愿活动',
  points: '积分与兑换',
  merchant: '商户',
  messages: '消息',
  notifications: '消息',
}

const METHOD_ORDER = ['get', 'post', 'patch', 'put', 'delete']

function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1)
}

function sortedObject<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * The endpoints the document describes: everything but the mock-only developer endpoints
 * (`access: 'dev'`), which a real backend must not implement.
 */
export function documentedEndpoints(): [string, Endpoint][] {
  return (Object.entries(api) as [string, Endpoint][]).filter(([, e]) => e.access !== 'dev')
}

/** Ids for the endpoints' own (unnamed) parts: bodies and responses become components, params and queries stay inline. */
function partIds(endpoints: [string, Endpoint][], named: Map<z.ZodType, string>): Map<z.ZodType, string> {
  const parts = new Map<z.ZodType, string>()
  const taken = new Set(named.values())
  const give = (schema: z.ZodType | undefined, id: string) => {
    if (!schema || named.has(schema) || parts.has(schema)) return
    let unique = id
    for (let n = 2; taken.has(unique); n++) unique = `${id}${n}`
    taken.add(unique)
    parts.set(schema, unique)
  }
  for (const [id, e] of endpoints) {
    give(e.params, `__${id}_params`)
    give(e.query, `__${id}_query`)
    give(e.body, `${pascal(id)}Body`)
    give(e.response, `${pascal(id)}Response`)
  }
  return parts
}

function refsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => refsIn(n, found))
  if (!node || typeof node !== 'object') return
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith(COMPONENT_REF))
      found.add(v.slice(COMPONENT_REF.length))
    else refsIn(v, found)
  }
}

/** Components reachable from the paths, and nothing else (the upload form's mock-side shape, for one). */
function reachable(paths: unknown, all: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const keep = new Set<string>()
  const queue = new Set<string>()
  refsIn(paths, queue)
  while (queue.size > 0) {
    const [id] = queue
    queue.delete(id)
    if (keep.has(id)) continue
    keep.add(id)
    refsIn(all[id], queue)
  }
  return sortedObject([...keep].map((id) => [id, all[id]]))
}

/** The OpenAPI 3.1 document of the contract, built from `api` alone. */
export function buildOpenApi(): JsonSchema {
  const endpoints = documentedEndpoints()
  const named = namedSchemas()
  const parts = partIds(endpoints, named)
  const converted = convertAll(named, parts)
  const refs = {
    json(schema: z.ZodType): JsonSchema {
      const id = named.get(schema) ?? parts.get(schema)
      if (!id) throw new Error('[openapi] a schema without an id')
      return id.startsWith('__') ? converted[id] : { $ref: COMPONENT_REF + id }
    },
    body(schema: z.ZodType): JsonSchema {
      const id = named.get(schema) ?? parts.get(schema)
      if (!id) throw new Error('[openapi] a schema without an id')
      return converted[id]
    },
  }
  const domains = domainOf()
  const tags = new Set<string>()
  const byPath = new Map<string, [string, JsonSchema][]>()
  for (const [id, e] of endpoints) {
    const tag = domains.get(e) ?? 'other'
    tags.add(tag)
    const path = openApiPath(e.path)
    byPath.set(path, [...(byPath.get(path) ?? []), [e.method.toLowerCase(), operation(id, e, tag, refs)]])
  }
  const paths = sortedObject(
    [...byPath].map(([path, ops]) => [
      path,
      Object.fromEntries(ops.sort(([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b))),
    ]),
  )
  const schemas = reachable(paths, converted)
  if (!schemas.ErrorEnvelope) throw new Error('[openapi] ErrorEnvelope is not exported by the contract')
  return {
    openapi: '3.1.0',
    info: {
      title: '随手拍 API',
      version: '1',
      description:
        '由 src/contract（zod 模式与接口描述）生成，请勿手改：npm run contract:openapi。' +
        '所有错误都是同一个信封 ErrorEnvelope；时间为带时区的 ISO 8601，坐标为 GCJ-02。' +
        '仅 mock 存在的开发者接口（/dev/*）不在此文档中。',
    },
    servers: [{ url: '/api/v1' }],
    tags: [...tags].sort().map((name) => ({ name, description: TAG_NAMES[name] ?? name })),
    paths,
    components: {
      schemas,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: '同一次提交的重试带同一个键；24 小时内重放第一次的结果（IETF draft）',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'POST /auth/login 得到的令牌' },
      },
    },
  }
}

/** What docs/openapi.json holds, byte for byte. */
export function serializeOpenApi(doc: JsonSchema): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}
