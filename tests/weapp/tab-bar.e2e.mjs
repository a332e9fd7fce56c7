/**
 * weapp's own tab bar (src/custom-tab-bar, `tabBar.custom` in app.json): every tab page gets its
 * instance, as WeChat does it; it shows the five tabs with the page's own selected, switches tabs
 * on a tap and follows 长辈模式 the moment it is switched on (its 消息 count: pages.e2e.mjs).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { assertClean, DIST, PEOPLE, startAs } from './lib/harness.mjs'

const TABS = ['首页', '上报', '我的上报', '消息', '我的']

/** The label of the selected tab. */
function selected(bar) {
  const on = [...bar.root().walk()].filter((n) => n.className.includes('tab-bar__item--on'))
  assert.equal(on.length, 1, `one selected tab, not ${on.length}\n${bar.text()}`)
  return on[0].lines().at(-1)
}

const isElder = (bar) => bar.root().children[0]?.className.split(' ').includes('elder')

/** rpx of a declaration in the built stylesheet, e.g. ('.elder .tab-bar__label', 'font-size'). */
function rpx(css, selector, property) {
  const esc = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const block = new RegExp(`(?:^|})\\s*${esc}\\s*{([^}]*)}`).exec(css)?.[1] ?? ''
  const value = new RegExp(`${property}:\\s*([\\d.]+)rpx`).exec(block)?.[1]
  assert.ok(value, `${selector} { ${property} } in custom-tab-bar/index.wxss`)
  return Number(value)
}

test('app.json keeps the tab list for WeChat and asks for the app’s own tab bar', () => {
  const appJson = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  assert.equal(appJson.tabBar.custom, true)
  assert.deepEqual(
    appJson.tabBar.list.map((t) => t.text),
    TABS,
  )
})

test('every tab page shows the five tabs with its own selected; a tap switches tabs', async () => {
  const mp = await startAs(PEOPLE.resident)
  try {
    const home = await mp.open('/pages/home/index')
    await home.tabBar.waitForText('我的上报')
    assert.deepEqual(
      home.tabBar.lines().filter((l) => TABS.includes(l)),
      TABS,
    )
    assert.equal(selected(home.tabBar), '首页')

    await home.tabBar.tap('我的上报')
    const tickets = mp.page
    assert.equal(tickets.route, 'pages/tickets/index')
    await tickets.tabBar.waitFor(() => selected(tickets.tabBar) === '我的上报', { what: '我的上报 selected' })

    await tickets.tabBar.tap('首页')
    assert.equal(mp.page, home, 'the home page stays alive and comes back')
    assert.equal(selected(home.tabBar), '首页')
    assertClean(mp)
  } finally {
    mp.dispose()
  }
})

test('长辈模式 enlarges the tab bar on every tab page as soon as it is switched on, and back', async () => {
  const mp = await startAs(PEOPLE.resident)
  try {
    const home = await mp.open('/pages/home/index')
    await home.tabBar.waitForText('我的')
    assert.equal(isElder(home.tabBar), false)
    await home.tabBar.tap('我的')
    const me = mp.page
    await me.waitForText('长辈模式')
    const toggle = [...me.root().walk()].find((n) => n.className.split(' ').includes('toggle'))
    assert.ok(toggle, 'the 长辈模式 switch')

    await me.tap(toggle)
    await me.tabBar.waitFor(isElder, { what: 'the tab bar in 长辈模式' })
    assert.equal(isElder(home.tabBar), true, 'the other tab pages’ bars follow too')

    const css = readFileSync(path.join(DIST, 'custom-tab-bar/index.wxss'), 'utf8')
    assert.ok(
      rpx(css, '.elder .tab-bar__label', 'font-size') >= 1.4 * rpx(css, '.tab-bar__label', 'font-size'),
    )
    assert.ok(rpx(css, '.elder .tab-bar__icon', 'width') > rpx(css, '.tab-bar__icon', 'width'))

    await me.tap([...me.root().walk()].find((n) => n.className.split(' ').includes('toggle')))
    await me.tabBar.waitFor((b) => !isElder(b), { what: 'the tab bar back to normal' })
    assertClean(mp)
  } finally {
    mp.dispose()
  }
})
