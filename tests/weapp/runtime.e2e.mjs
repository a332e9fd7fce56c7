/**
 * The simulated runtime's own rules, where WeChat's behaviour is easy to get wrong: setData
 * paths and copies, and how `wx` answers (callbacks or a Promise, errMsg, tap-only APIs).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { applySetData, parsePath } from './lib/page.mjs'
import { parseUrl } from './lib/mini-program.mjs'
import { createWechat } from './lib/wechat.mjs'

test('setData keys are paths: Taro’s `cn.[0]` and WeChat’s `cn[0]` alike', () => {
  assert.deepEqual(parsePath('root.cn.[0].cn[12].v'), ['root', 'cn', 0, 'cn', 12, 'v'])
  const data = { root: { cn: [] } }
  applySetData(data, { 'root.cn.[0]': { nn: '3', cn: [] }, 'root.cn.[0].cn[1].v': '你好' })
  assert.deepEqual(data.root.cn[0].cn[1], { v: '你好' })
  assert.equal(data.root.cn[0].cn.length, 2)
})

test('setData copies values as JSON and ignores undefined, as WeChat’s thread hop does', () => {
  const value = { a: 1, f: () => 1, d: new Date(0) }
  const data = {}
  applySetData(data, { x: value, y: undefined })
  value.a = 2
  assert.deepEqual(data, { x: { a: 1, d: '1970-01-01T00:00:00.000Z' } })
})

test('page urls: query values are handed over still encoded, as WeChat does', () => {
  assert.deepEqual(parseUrl('/packages/volunteer/pages/checkin/index?scene=id%3Dact-1&kind=checkout'), {
    route: 'packages/volunteer/pages/checkin/index',
    query: { scene: 'id%3Dact-1', kind: 'checkout' },
  })
})

test('wx answers through callbacks, or a Promise when none is given', async () => {
  const { wx, answers } = createWechat()
  answers.scan = 'HD7K3P9Q'
  const viaCallback = await new Promise((resolve) => wx.scanCode({ success: resolve }))
  assert.equal(viaCallback.errMsg, 'scanCode:ok')
  assert.equal(viaCallback.result, 'HD7K3P9Q')
  answers.scan = 'cancel'
  await assert.rejects(wx.scanCode({}), { errMsg: 'scanCode:fail cancel' })
})

test('requestSubscribeMessage outside a tap is refused; inside, each template gets its answer', async () => {
  let tapping = false
  const { wx, answers } = createWechat({ isTapping: () => tapping })
  await assert.rejects(wx.requestSubscribeMessage({ tmplIds: ['a'] }), {
    errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
  })
  answers.subscribe = { a: 'accept', b: 'reject' }
  tapping = true
  const asked = wx.requestSubscribeMessage({ tmplIds: ['a', 'b'] })
  tapping = false
  assert.deepEqual(await asked, { a: 'accept', b: 'reject', errMsg: 'requestSubscribeMessage:ok' })
})

test('getLocation needs requiredPrivateInfos and the scope’s reason in app.json', async () => {
  await assert.rejects(createWechat().wx.getLocation({ type: 'gcj02' }), {
    errMsg:
      'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
  })
  const declared = createWechat({
    appJson: {
      requiredPrivateInfos: ['getLocation'],
      permission: { 'scope.userLocation': { desc: '找到问题所在' } },
    },
  })
  const here = await declared.wx.getLocation({ type: 'gcj02' })
  assert.equal(here.errMsg, 'getLocation:ok')
  assert.deepEqual(declared.log.prompts, [{ scope: 'scope.userLocation', desc: '找到问题所在' }])
})

test('storage: 1 MB a key; getStorageSync hands back a copy', () => {
  const { wx } = createWechat()
  assert.throws(() => wx.setStorageSync('big', 'x'.repeat(1024 * 1024)), /exceed storage item max length/)
  assert.equal(wx.getStorageSync('big'), '')
  wx.setStorageSync('obj', { a: 1 })
  wx.getStorageSync('obj').a = 2
  assert.deepEqual(wx.getStorageSync('obj'), { a: 1 })
})
