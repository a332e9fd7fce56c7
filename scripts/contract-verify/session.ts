import { z } from 'zod'
import { DevUser, Role, User } from '../../src/contract'
import { mayRoute, ROLES } from './endpoints'
import type { Answer, Call, Http } from './http'

/** `CONTRACT_TOKENS='{"resident":"…","merchant":"…","grid_worker":"…"}'`: a token per role, for servers without /dev. */
export const ContractTokens = z.partialRecord(Role, z.string().min(1))

const DEV_HEADERS = { 'x-dev': '1' }

/**
 * Who the kit is: a token per role. With `/dev/users` (the mock, or a staging server that offers
 * it) it logs in as the first seeded user of each role through `dev:<userId>` codes — lazily,
 * when a role is first needed after a reset — and can reset the data; otherwise it takes the
 * tokens of CONTRACT_TOKENS and never resets.
 */
export class Session {
  private tokens: Partial<Record<Role, string>> = {}
  private users: Partial<Record<Role, User>> = {}
  /** seeded user ids by role, when /dev/users exists */
  private devUsers: Partial<Record<Role, string>> | null = null

  constructor(
    readonly http: Http,
    private readonly envTokens: string | undefined,
  ) {}

  get dev(): boolean {
    return this.devUsers !== null
  }

  async start(): Promise<void> {
    const res = await this.http
      .send({ method: 'GET', path: '/dev/users', headers: DEV_HEADERS })
      .catch((e: unknown) => {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause
        const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e))
        throw new Error(`cannot reach ${this.http.origin}: ${why}`)
      })
    const parsed = res.status < 300 ? z.object({ items: z.array(DevUser) }).safeParse(res.body) : null
    if (parsed?.success) {
      this.devUsers = {}
      for (const u of parsed.data.items) this.devUsers[u.role] ??= u.id
    } else if (this.envTokens) {
      this.tokens = ContractTokens.parse(JSON.parse(this.envTokens))
    } else {
      throw new Error('服务器没有 /dev/users：请用 CONTRACT_TOKENS 给出每个角色的令牌（JSON）')
    }
    if (!ROLES.some((r) => this.has(r))) throw new Error('no role to log in as')
  }

  /** Whether the kit can act as this role at all. */
  has(role: Role): boolean {
    return this.devUsers ? this.devUsers[role] !== undefined : this.tokens[role] !== undefined
  }

  /** The role's token: logs in through its dev code when there is none (yet, or since the last reset). */
  async token(role: Role): Promise<string | null> {
    const id = this.devUsers?.[role]
    if (this.tokens[role] === undefined && id) {
      const res = await this.http.send({ method: 'POST', path: '/auth/login', body: { code: `dev:${id}` } })
      const session = z.object({ token: z.string() }).safeParse(res.body)
      if (res.status < 300 && session.success) this.tokens[role] = session.data.token
    }
    return this.tokens[role] ?? null
  }

  /** The role's user (`GET /me`), or null when the server does not tell. */
  async user(role: Role): Promise<User | null> {
    if (!this.users[role]) {
      const res = await this.as(role, { method: 'GET', path: '/me' })
      const user = User.safeParse(res.body)
      if (res.status < 300 && user.success) this.users[role] = user.data
    }
    return this.users[role] ?? null
  }

  devUserId(role: Role): string | undefined {
    return this.devUsers?.[role]
  }

  /** `POST /dev/reset` (which also ends every session), when the server has it; false otherwise. */
  async reset(): Promise<boolean> {
    if (!this.dev || !mayRoute('POST', '/dev/reset')) return false
    const res = await this.http.send({ method: 'POST', path: '/dev/reset', headers: DEV_HEADERS })
    if (res.status >= 300) throw new Error(`POST /dev/reset answered ${res.status}`)
    this.tokens = {}
    this.users = {}
    return true
  }

  /** A mock-only developer endpoint (X-Dev: 1); null when the server has none. */
  async devCall(call: Omit<Call, 'headers' | 'token'>): Promise<Answer | null> {
    if (!this.dev) return null
    const res = await this.http.send({ ...call, headers: DEV_HEADERS })
    return res.status < 300 ? res : null
  }

  /** A call as a role (the token of that role). */
  async as(role: Role, call: Omit<Call, 'token'>): Promise<Answer> {
    return this.http.send({ ...call, token: await this.token(role) })
  }
}
