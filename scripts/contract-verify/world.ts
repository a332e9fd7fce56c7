import { z } from 'zod'
import {
  ActivitySummary,
  CategoryGroup,
  Community,
  CursorPage,
  DevActivityCode,
  type Role,
} from '../../src/contract'
import type { Ep } from './endpoints'
import { fillPath, type Answer } from './http'
import type { Session } from './session'
import { tinyJpeg } from './jpeg'

/** What a case sends: the parts of a request the descriptor declares. */
export interface Input {
  params?: Record<string, string>
  query?: Record<string, string>
  body?: unknown
}

/** The server has nothing to build an input from (no resolved ticket, no open activity …): the case is skipped. */
export class Missing extends Error {}

/** The server answered a discovery request wrongly: the case fails. */
export class Broken extends Error {}

let keyCounter = 0
/** A fresh Idempotency-Key, unique across runs. */
export function newKey(tag = 'k'): string {
  return `cv-${tag}-${Date.now().toString(36)}-${(++keyCounter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

const MAX_PAGES = 20

/**
 * Finds valid inputs through the API itself (lists, details, the `can` flags the server
 * computes), never through a server's internals, so the kit runs against any backend.
 */
export class World {
  constructor(readonly session: Session) {}

  /** Sends an endpoint's request as a role: path filled, a fresh Idempotency-Key when it wants one. */
  send(ep: Ep, role: Role | null, input: Input, key: string | null = newKey()): Promise<Answer> {
    const headers: Record<string, string> = ep.idempotent && key ? { 'idempotency-key': key } : {}
    const call = {
      method: ep.method,
      path: fillPath(ep.path, input.params),
      query: input.query,
      body: input.body,
      headers,
    }
    return role ? this.session.as(role, call) : this.session.http.send(call)
  }

  /** A GET that must answer 200 with `schema`; anything else is the server's fault. */
  async get<S extends z.ZodType>(
    role: Role,
    path: string,
    schema: S,
    query: Record<string, string> = {},
  ): Promise<z.output<S>> {
    const res = await this.session.as(role, { method: 'GET', path, query })
    const parsed = schema.safeParse(res.body)
    if (res.status !== 200 || !parsed.success)
      throw new Broken(`GET ${path} answered ${res.status} off the contract`)
    return parsed.data
  }

  /** Every item of a paged list (up to 20 pages of 50). */
  async all<S extends z.ZodType>(role: Role, path: string, item: S, query: Record<string, string> = {}) {
    const items: z.output<S>[] = []
    let cursor: string | null = null
    for (let page = 0; page < MAX_PAGES; page++) {
      const q: Record<string, string> = { ...query, limit: '50', ...(cursor ? { cursor } : {}) }
      const res: { items: z.output<S>[]; nextCursor: string | null } = await this.get(
        role,
        path,
        CursorPage(item),
        q,
      )
      items.push(...res.items)
      cursor = res.nextCursor
      if (!cursor) break
    }
    return items
  }

  /** The first element that satisfies `test`, checking candidates one by one (details are fetched lazily). */
  async first<T, U>(
    candidates: T[],
    detail: (c: T) => Promise<U>,
    test: (d: U) => boolean,
    what: string,
  ): Promise<U> {
    for (const c of candidates) {
      const d = await detail(c)
      if (test(d)) return d
    }
    throw new Missing(what)
  }

  role(preferred: readonly Role[]): Role {
    const role = preferred.find((r) => this.session.has(r))
    if (!role) throw new Missing(`no token for ${preferred.join(' / ')}`)
    return role
  }

  async user(role: Role) {
    const user = await this.session.user(role)
    if (!user) throw new Missing(`no user for ${role}`)
    return user
  }

  async upload(role: Role): Promise<string> {
    const res = await this.session.as(role, {
      method: 'POST',
      path: '/uploads',
      body: { file: { name: 'contract-verify.jpg', bytes: tinyJpeg() } },
    })
    const id = (res.body as { id?: unknown } | undefined)?.id
    if (res.status >= 300 || typeof id !== 'string') throw new Broken(`POST /uploads answered ${res.status}`)
    return id
  }

  /** A place inside the service area: a community's center. */
  async place(role: Role) {
    const { items } = await this.get(role, '/communities', z.object({ items: z.array(Community) }))
    if (!items.length) throw new Missing('no communities')
    return { lat: items[0].center.lat, lng: items[0].center.lng, communityId: items[0].id }
  }

  async leafCategory(role: Role) {
    const { items } = await this.get(role, '/categories', z.object({ items: z.array(CategoryGroup) }))
    const leaf = items.flatMap((g) => g.children)[0]
    if (!leaf) throw new Missing('no categories')
    return leaf
  }

  activities(role: Role) {
    return this.all(role, '/activities', ActivitySummary)
  }

  /** The check-in code of an activity: only a mock (/dev/activity-codes) tells it. */
  async activityCode(activityId: string): Promise<string> {
    const res = await this.session.devCall({ method: 'GET', path: '/dev/activity-codes' })
    const parsed = z.object({ items: z.array(DevActivityCode) }).safeParse(res?.body)
    const found = parsed.success ? parsed.data.items.find((a) => a.activityId === activityId) : undefined
    if (!found) throw new Missing('activity codes need /dev/activity-codes')
    return found.code
  }
}
