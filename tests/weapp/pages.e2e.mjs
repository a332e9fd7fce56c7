/**
 * Every page of the BUILT mock weapp, opened as WeChat opens it (onLoad with its query,
 * onShow, onReady, setData merged into the page data) as the person it is for, shows its
 * real content — read back from the page data — with no wx.request and no error. A page
 * opened without the query it needs says so instead of loading forever.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertBuilt, assertClean, DIST, PEOPLE, startAs } from './lib/harness.mjs'
import { createMiniProgram } from './lib/mini-program.mjs'

const LOADING = '正在加载…'

/** url → who opens it and what must show (whole texts of an element, or patterns). */
const PAGES = [
  // main package
  {
    url: '/pages/home/index',
    as: 'resident',
    shows: [
      /^王秀兰，您好/,
      '随手拍',
      '寒潮来袭，请注意防寒防冻',
      '本月受理',
      '满意率',
      '积分商城',
      '路灯损坏',
    ],
  },
  {
    url: '/packages/resident/pages/notice/index?id=n-water',
    as: 'resident',
    shows: ['棉纺路片区计划停水通知', '发现问题，随手拍'],
  },
  { url: '/pages/home/index', as: 'gridWorker', shows: [/^赵磊，您好/, '网格员工作台', /件待处理/] },
  {
    url: '/pages/report/index',
    as: 'resident',
    shows: ['现场照片（0/9）', '使用当前位置', '在地图上选', '井盖缺失', '提交上报'],
  },
  { url: '/pages/tickets/index', as: 'resident', shows: ['待受理', /电线杆向人行道倾斜/, /上报$/] },
  { url: '/pages/messages/index', as: 'resident', shows: [/^\d+ 条未读$/, '全部已读', '问题进度'] },
  { url: '/pages/me/index', as: 'resident', shows: ['王秀兰', '我的积分', '120 分', '我的兑换券'] },
  { url: '/pages/me/index', as: 'merchant', shows: ['刘德福', '老刘烩面馆 · 已认证', '核销兑换券'] },
  {
    url: '/packages/resident/pages/ticket/index?id=t-0006',
    as: 'resident',
    shows: ['井盖缺失', '已办结', '评价处理结果', '提交评价'],
  },
  // 附近的问题 opens on the map (the native <map>, see map-native.e2e.mjs); the list is a tab away
  {
    url: '/packages/resident/pages/board/index',
    as: 'resident',
    shows: ['创业路社区的问题', '地图', '列表', '问题类别：全部'],
  },
  // subpackages
  {
    url: '/packages/volunteer/pages/list/index',
    as: 'resident',
    shows: ['居民活动', '社区环境清洁日', '垃圾分类指导'],
  },
  {
    url: '/packages/volunteer/pages/list/index?tab=merchant',
    as: 'merchant',
    shows: ['商户活动', /平安巡逻/],
  },
  {
    url: '/packages/volunteer/pages/detail/index?id=act-sorting',
    as: 'resident',
    shows: ['垃圾分类指导', '报名参加'],
  },
  {
    url: '/packages/volunteer/pages/checkin/index?id=act-cleanup-now&kind=checkin',
    as: 'resident',
    shows: ['签到：社区环境清洁日', '扫码签到'],
  },
  // a 小程序码 posted at the site: WeChat passes `scene`, URI-encoded
  {
    url: '/packages/volunteer/pages/checkin/index?scene=act-cleanup-now',
    as: 'resident',
    shows: ['签到：社区环境清洁日'],
  },
  {
    url: `/packages/volunteer/pages/checkin/index?scene=${encodeURIComponent('id=act-cleanup-now&kind=checkout')}`,
    as: 'resident',
    shows: ['签退：社区环境清洁日', '扫码签退'],
  },
  {
    url: '/packages/points/pages/account/index',
    as: 'resident',
    shows: ['我的积分', '120', /^累计获得 \d+ 分$/, '积分明细', '兑换礼品'],
  },
  {
    url: '/packages/points/pages/mall/index',
    as: 'resident',
    shows: ['烩面一碗', '20 分', '已兑完', '兑换'],
  },
  { url: '/packages/points/pages/vouchers/index', as: 'resident', shows: ['理发券', '巧手理发店', '待使用'] },
  {
    url: '/packages/points/pages/voucher/index?id=rd-00002',
    as: 'resident',
    shows: ['理发券', /^\d{4} \d{4} \d{4}$/, '取消兑换，退回积分'],
  },
  {
    url: '/packages/points/pages/verify/index',
    as: 'merchant',
    shows: ['核销兑换券 · 老刘烩面馆', '扫码核销'],
  },
  {
    url: '/packages/points/pages/merchant/index',
    as: 'merchant',
    shows: ['✓ 已认证商户', '老刘烩面馆', '核销兑换券'],
  },
  { url: '/packages/points/pages/merchant/index', as: 'resident', shows: [/统一社会信用代码/] },
  {
    url: '/packages/points/pages/shop-books/index',
    as: 'merchant',
    shows: ['本店核销', '核销记录', '月度对账单', /^\d+ 张$/],
  },
  {
    url: '/packages/points/pages/shop-rewards/index',
    as: 'merchant',
    shows: ['上架新礼品', '烩面一碗', /^库存 \d+ 份$/, '暂停兑换'],
  },
  { url: '/packages/points/pages/reward-edit/index', as: 'merchant', shows: ['礼品名称', '汤羹', '上架'] },
  {
    url: '/packages/points/pages/reward-edit/index?id=rw-huimian',
    as: 'merchant',
    shows: ['保存修改', '面食'],
  },
  {
    url: '/packages/workbench/pages/queue/index',
    as: 'gridWorker',
    shows: ['待处理', '超期', /社区北门口那几盏路灯/],
  },
  {
    url: '/packages/workbench/pages/ticket/index?id=t-0029',
    as: 'gridWorker',
    shows: ['路灯损坏', '受理', '合并到相同问题', '不予受理'],
  },
  {
    url: '/packages/workbench/pages/patrol/index',
    as: 'gridWorker',
    shows: ['开始巡查', '巡查记录', '还没有巡查记录，点上面的“开始巡查”'],
  },
  {
    url: '/packages/workbench/pages/stats/index',
    as: 'gridWorker',
    shows: ['收到上报', '2 小时内受理', '每周收到和办结', '按分类'],
  },
  { url: '/packages/dev/pages/panel/index', as: 'resident', shows: ['切换角色', '赵磊', '模拟时钟'] },
]

/** Pages that need an id: opened without one (a broken link, a bare scan), each says what to do. */
const WITHOUT_QUERY = [
  { url: '/packages/resident/pages/ticket/index', as: 'resident', shows: ['没有找到这个问题', '返回首页'] },
  { url: '/packages/resident/pages/notice/index', as: 'resident', shows: ['没有找到这条公告', '返回首页'] },
  { url: '/packages/volunteer/pages/detail/index', as: 'resident', shows: [/没有找到这个活动/] },
  {
    url: '/packages/volunteer/pages/checkin/index',
    as: 'resident',
    shows: [/^没有找到要签到的活动/, '去我的活动'],
  },
  { url: '/packages/volunteer/pages/checkin/index?scene=', as: 'resident', shows: [/^没有找到要签到的活动/] },
  {
    url: '/packages/points/pages/voucher/index',
    as: 'resident',
    shows: ['没有找到这张兑换券', '查看我的兑换券'],
  },
  {
    url: '/packages/workbench/pages/ticket/index',
    as: 'gridWorker',
    shows: ['没有找到这个问题', '返回工作台'],
  },
]

/** One runtime per person, each on its own freshly seeded device. */
const runtimes = new Map()
const runtimeFor = async (who) => {
  if (!runtimes.has(who)) runtimes.set(who, await startAs(PEOPLE[who]))
  return runtimes.get(who)
}

before(assertBuilt)
after(() => runtimes.forEach((mp) => mp.dispose()))

async function rendersReal({ url, as, shows }) {
  const mp = await runtimeFor(as)
  const mark = mp.errors.length
  const page = await mp.open(url)
  for (const m of shows) await page.waitForText(m)
  await page.waitForGone(LOADING)
  assert.ok(page.updates > 0, 'the page was never rendered by setData')
  assertClean(mp, mark)
}

test('every page of app.json, main package and subpackages, has a render test', () => {
  assertBuilt()
  const mp = createMiniProgram({ dist: DIST })
  const covered = new Set(PAGES.map((p) => p.url.split('?')[0].slice(1)))
  assert.deepEqual(
    [...mp.allRoutes].filter((r) => !covered.has(r)),
    [],
  )
})

describe('each page shows its content to the person it is for', () => {
  for (const p of PAGES) test(`${p.url} as ${p.as}`, () => rendersReal(p))
})

describe('a page opened without the query it needs shows a useful state', () => {
  for (const p of WITHOUT_QUERY) test(`${p.url} as ${p.as}`, () => rendersReal(p))
})

test('the rendered tree is real structure: a tap target binds tap, the report textarea has its placeholder', async () => {
  const mp = await runtimeFor('resident')
  const page = await mp.open('/pages/report/index')
  await page.waitForText('使用当前位置')
  const button = page.find('使用当前位置')
  assert.equal(button.tag, 'button')
  assert.ok(button.binds.has('tap'))
  assert.match(page.field(/^请描述问题/).attrs.placeholder, /电线杆/)
  assert.equal(page.field(/^请描述问题/).tag, 'textarea')
})

test('the 消息 tab of the app’s own tab bar carries her unread count', async () => {
  const mp = await startAs(PEOPLE.resident)
  try {
    const home = await mp.open('/pages/home/index')
    await home.waitForText('随手拍')
    // the app's own tab bar draws the count (tab-bar.e2e.mjs); WeChat's badge API is left alone
    const badge = (page) => page.tabBar.near('消息', /^(\d+|99\+)$/).text
    await home.tabBar.waitFor(() => badge(home), { what: 'the 消息 badge' })
    const messages = await mp.open('/pages/messages/index')
    const unread = (await messages.waitForText(/^\d+ 条未读$/)).find(/^\d+ 条未读$/).text
    await messages.tabBar.waitFor(() => `${badge(messages)} 条未读` === unread, { what: unread })
    assert.equal(mp.log.badges.size, 0)
    assertClean(mp)
  } finally {
    mp.dispose()
  }
})
