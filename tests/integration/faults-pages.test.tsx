/**
 * Page-level fault matrix: every page of the app (found on disk, so new pages are included)
 * rendered while every API answer fails one way — network error, timeout, 429, 500, malformed
 * JSON, JSON that breaks the schema (subpackage pages: the first and the last) — must show the
 * client's plain Chinese message and a 重试 control, and come back once the fault clears and
 * 重试 is pressed. A page that asks the
 * backend nothing on its first render has nothing to fail, and is said so.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ComponentType } from 'react'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { api, type Endpoint } from '@/contract'
import { configureApi, loginWith, startSession } from '@/api'
import { mockServer } from '../setup/msw'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { openWith } from '../utils/tickets'
import { FAULT_MESSAGE, FAULTS, schemaBreaker, type Fault } from '../unit/faults/faults'
import { RELAXED_MS, SHORT_MS } from '../unit/faults/matrix'

const SRC = path.resolve(__dirname, '../../src')

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return pageFiles(full)
    return name === 'index.tsx' ? [full] : []
  })
}

const PAGES = [...pageFiles(path.join(SRC, 'pages')), ...pageFiles(path.join(SRC, 'packages'))]
  .map((file) => path.relative(SRC, file).replace(/\/index\.tsx$/, ''))
  .sort()

/** How a page is opened: its query string, and who is signed in (default: the first resident). */
const OPENED_WITH: Record<string, { params?: Record<string, string>; as?: string }> = {
  'packages/resident/pages/ticket': { params: { id: 't-0004' } },
  'packages/volunteer/pages/detail': { params: { id: 'act-clinic' } },
  'packages/volunteer/pages/checkin': { params: { id: 'act-cleanup-now' } },
  'packages/points/pages/merchant': { as: 'u-merchant-1' },
  'packages/points/pages/verify': { as: 'u-merchant-1' },
}

function openingOf(page: string): { params: Record<string, string>; as?: string } {
  // the grid worker's workbench is only his
  if (page.startsWith('packages/workbench/')) return { params: { id: 't-0001' }, as: 'u-grid-1' }
  return { params: {}, ...OPENED_WITH[page] }
}

const ROUTES = (Object.values(api) as Endpoint[]).map((e) => ({
  e,
  re: new RegExp(`/api/v1${e.path.replace(/:\w+/g, '[^/]+')}$`),
}))

function endpointOf(method: string, url: string): Endpoint | undefined {
  const pathname = new URL(url).pathname
  return ROUTES.find(({ e, re }) => e.method === method && re.test(pathname))?.e
}

/** Every /api/v1 request fails with the fault while `on.active`; counts what it failed. */
function failEverything(fault: Fault, on: { active: boolean; hits: number }) {
  return http.all('*/api/v1/*', ({ request }) => {
    if (!on.active) return undefined
    on.hits++
    if (fault.name === 'JSON that breaks the schema') {
      const e = endpointOf(request.method, request.url)
      return HttpResponse.json((e ? schemaBreaker(e) : { unexpected: true }) as never)
    }
    return fault.respond!(api.categories as unknown as Endpoint)
  })
}

async function load(page: string): Promise<ComponentType> {
  const mod = (await import(`@/${page}/index`)) as { default: ComponentType }
  return mod.default
}

beforeAll(() => configureApi({ timeoutMs: RELAXED_MS, retryDelaysMs: [0] }))
afterAll(() => configureApi({ timeoutMs: 10_000, retryDelaysMs: [400, 1200] }))
stubTaroInEachTest('navigateTo', 'switchTab', 'showToast', 'stopPullDownRefresh')

it('finds the app’s pages on disk', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining(['pages/home', 'pages/report', 'pages/tickets', 'packages/resident/pages/ticket']),
  )
})

/**
 * Tab pages and the resident's pages they open get every fault; the other subpackages' pages the
 * two that differ most (no answer, a wrong one).
 */
function faultsFor(page: string): Fault[] {
  if (page.startsWith('pages/') || page.startsWith('packages/resident/')) return FAULTS
  return FAULTS.filter((f) => f.code === 'NETWORK' || f.name === 'JSON that breaks the schema')
}

describe.each(PAGES)('%s', (page) => {
  it.each(faultsFor(page).map((f) => [f.name, f] as const))(
    'under %s: a plain message, 重试, then recovery',
    async (_n, fault) => {
      const opening = openingOf(page)
      if (opening.as) await loginWith(`dev:${opening.as}`)
      else await startSession()
      openWith(opening.params)
      const on = { active: true, hits: 0 }
      mockServer.use(failEverything(fault, on))
      if (fault.code === 'TIMEOUT') configureApi({ timeoutMs: SHORT_MS })
      const Page = await load(page)
      renderPage(<Page />)
      // the first requests go out and fail (retries take no time here); some pages ask nothing
      await waitFor(() => expect(on.hits).toBeGreaterThan(0), { timeout: 500 }).catch(() => undefined)
      if (on.hits === 0) {
        expect(document.body.textContent).toMatch(/[\u4e00-\u9fa5]/)
        return
      }
      const message = FAULT_MESSAGE[fault.code]
      expect((await screen.findAllByText(message, {}, { timeout: 3000 })).length).toBeGreaterThan(0)
      // every request of the page has failed (none still loading), so every 重试 is on screen
      await waitFor(() => expect(screen.queryAllByText('正在加载…')).toEqual([]), { timeout: 3000 })
      const retries = screen.getAllByText(/^(重试|点此重试|重新提交)$/)
      expect(retries.length).toBeGreaterThan(0)

      on.active = false
      configureApi({ timeoutMs: RELAXED_MS })
      for (const button of retries) fireEvent.click(button)
      await waitFor(() => expect(screen.queryAllByText(message)).toEqual([]), { timeout: 3000 })
      expect(screen.queryAllByText(/^重试$/)).toEqual([])
    },
  )
})
