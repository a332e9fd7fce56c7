import type { Verdict } from './assert'

/** The groups of checks, in the order they run; `--only` takes their names. */
export const CHECKS = ['schema', 'auth', 'access', 'idempotency', 'transitions', 'ledger'] as const
export type CheckName = (typeof CHECKS)[number]

interface Row {
  check: CheckName
  endpoint: string
  passed: number
  failures: string[]
  skipped: string[]
}

/** Every case of the run, one row per (check, endpoint), printed as one table. */
export class Report {
  private rows = new Map<string, Row>()

  private row(check: CheckName, endpoint: string): Row {
    const key = `${check} ${endpoint}`
    let row = this.rows.get(key)
    if (!row) {
      row = { check, endpoint, passed: 0, failures: [], skipped: [] }
      this.rows.set(key, row)
    }
    return row
  }

  /** One case: `verdict` null passes, a string fails with that reason. */
  add(check: CheckName, endpoint: string, name: string, verdict: Verdict): void {
    const row = this.row(check, endpoint)
    if (verdict === null) row.passed++
    else row.failures.push(`${name}: ${verdict}`)
  }

  skip(check: CheckName, endpoint: string, reason: string): void {
    this.row(check, endpoint).skipped.push(reason)
  }

  get failed(): boolean {
    return [...this.rows.values()].some((r) => r.failures.length > 0)
  }

  /** `{ 'schema GET /me': 'pass' }`: what a test asserts on. */
  outcomes(): Record<string, 'pass' | 'fail' | 'skip'> {
    const out: Record<string, 'pass' | 'fail' | 'skip'> = {}
    for (const [key, r] of this.rows) out[key] = r.failures.length ? 'fail' : r.passed ? 'pass' : 'skip'
    return out
  }

  counts(): { rows: number; cases: number; failed: number; skipped: number } {
    const rows = [...this.rows.values()]
    return {
      rows: rows.length,
      cases: rows.reduce((n, r) => n + r.passed + r.failures.length, 0),
      failed: rows.reduce((n, r) => n + r.failures.length, 0),
      skipped: rows.reduce((n, r) => n + r.skipped.length, 0),
    }
  }

  /** The table (check, endpoint, result), then every failure in full. */
  render(): string {
    const rows = [...this.rows.values()]
    const cells = rows.map((r) => [r.check, r.endpoint, result(r)])
    const head = ['check', 'endpoint', 'result']
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => width(c[i]))))
    const line = (c: string[]) =>
      c.map((v, i) => (i < 2 ? v + ' '.repeat(widths[i] - width(v)) : v)).join('  ')
    const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)]
    const failures = rows.flatMap((r) => r.failures.map((f) => `  ✗ ${r.check} ${r.endpoint} — ${f}`))
    if (failures.length) out.push('', 'failures:', ...failures)
    return out.join('\n')
  }
}

function result(r: Row): string {
  const total = r.passed + r.failures.length
  if (r.failures.length) return `FAIL ${r.failures.length}/${total}: ${r.failures[0]}`
  if (total === 0) return `skip (${r.skipped[0] ?? 'nothing to run'})`
  return r.skipped.length ? `pass (${total}; skipped ${r.skipped.length})` : `pass (${total})`
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1
  return w
}
