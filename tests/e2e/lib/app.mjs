/**
 * Driving the H5 mock build as a person would, plus the mock's own doors for setting the scene:
 *
 *   const app = appOn(page)
 *   await app.go('/')                       // the first load installs the mock's service worker
 *   await app.switchTo('刘德福')              // 开发者面板 → that seeded person
 *   const reward = await app.apiAs('u-merchant-1', 'POST', '/merchant/rewards', body)
 *
 * Calls from the page reach the mock: its msw worker answers /api/v1 on any host.
 */
import { browserPerFile } from './browser.mjs'

export const MOCK_API = 'https://mock.suishoupai.local/api/v1'

/**
 * browserPerFile for a test file of the app: the object it returns holds `browser`, `page` and
 * `app` (appOn(page)) from before the file's first test. `options` go to launchBrowser.
 */
export function appPerFile(options) {
  const on = {}
  browserPerFile((browser, page) => Object.assign(on, { browser, page, app: appOn(page) }), options)
  return on
}

export function appOn(page, baseUrl = process.env.E2E_BASE_URL) {
  const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
  const go = (path) => page.goto(new URL(path, baseUrl).href)

  /** The mock's developer endpoints (/dev/...): GET without a body, POST with one. */
  const dev = (path, body) =>
    page.evaluate(
      async ([url, payload]) => {
        const res = await fetch(url, {
          method: payload ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json' },
          body: payload ? JSON.stringify(payload) : undefined,
        })
        return res.json()
      },
      [`${MOCK_API}${path}`, body],
    )

  /**
   * One API call as a seeded user (logged in with `dev:<userId>`, apart from the app's own
   * session); writes carry a fresh Idempotency-Key. Throws with the answer when it is not 2xx.
   */
  const apiAs = (userId, method, path, body) =>
    page.evaluate(
      async ([base, user, verb, where, payload]) => {
        const json = { 'content-type': 'application/json' }
        const login = await fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ code: `dev:${user}` }),
        })
        const { token } = await login.json()
        const headers = { ...json, authorization: `Bearer ${token}` }
        if (verb !== 'GET') headers['idempotency-key'] = globalThis.crypto.randomUUID()
        const res = await fetch(`${base}${where}`, {
          method: verb,
          headers,
          body: payload ? JSON.stringify(payload) : undefined,
        })
        const answer = await res.json()
        if (!res.ok) throw new Error(`${verb} ${where} → ${res.status} ${JSON.stringify(answer)}`)
        return answer
      },
      [MOCK_API, userId, method, path, body],
    )

  /**
   * 开发者面板 → the seeded person by name; the app is then logged in as them. Done when the
   * toast says so or their row is marked 当前 (a loaded machine can miss the 1.5 s toast).
   */
  const switchTo = async (name) => {
    await go('/packages/dev/pages/panel/index')
    await visible(name).click()
    const current = page
      .locator('.list-row--active')
      .filter({ has: page.getByText(name, { exact: true }), visible: true })
    await visible(`已切换为 ${name}`).or(current).first().waitFor()
  }

  /** The app's own dialog: check what it says, then press its confirm button. */
  const confirmModal = async (text) => {
    await page.locator('.dialog__content').filter({ hasText: text, visible: true }).first().waitFor()
    await page.locator('.dialog__btn.btn--primary').filter({ visible: true }).first().click()
  }

  /**
   * Types into a Taro H5 Input or Textarea (`field` is its locator: an Input is an <input>, a
   * Textarea a web component that builds its <textarea> when it hydrates, and only the
   * <textarea>'s own input events reach React): wait for it, type as a keyboard does, and check
   * the text stuck (a re-render before hydration ends can clear it; then type again).
   */
  const fillTaro = async (field, value) => {
    const inner = field.locator('xpath=self::input | self::textarea | .//input | .//textarea').first()
    await inner.waitFor()
    for (let attempt = 0; ; attempt++) {
      await inner.fill('')
      await inner.pressSequentially(value)
      await page.waitForTimeout(100)
      if ((await inner.inputValue()) === value || attempt === 2) break
    }
    const shown = await inner.inputValue()
    if (shown !== value) throw new Error(`typed “${value}”, the field shows “${shown}”`)
  }

  return { visible, go, dev, apiAs, switchTo, confirmModal, fillTaro }
}
