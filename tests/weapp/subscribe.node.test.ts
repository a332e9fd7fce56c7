/** Asking for ticket-update messages on weapp: only with templates configured, never on H5. */
import { installWx, wxSubscribeAsks } from './stub-wx'

installWx()

const g = globalThis as { SUBSCRIBE_TEMPLATE_IDS?: string[] }

// loaded after the stub, as the app bundle loads after WeChat's globals; it reads the
// templates (a build constant) and the platform at call time
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { askForUpdates } = require('@/platform/subscribe') as typeof import('@/platform/subscribe')
const load = () => askForUpdates

afterEach(() => {
  wxSubscribeAsks.length = 0
  process.env.TARO_ENV = 'weapp'
})

test('asks WeChat for the configured templates', async () => {
  g.SUBSCRIBE_TEMPLATE_IDS = ['tmpl-ticket-progress', 'tmpl-ticket-done']
  load()()
  await new Promise((r) => setTimeout(r, 0))
  expect(wxSubscribeAsks).toEqual([{ tmplIds: ['tmpl-ticket-progress', 'tmpl-ticket-done'] }])
})

test('asks nothing when the build has no templates', async () => {
  g.SUBSCRIBE_TEMPLATE_IDS = []
  load()()
  await new Promise((r) => setTimeout(r, 0))
  expect(wxSubscribeAsks).toEqual([])
})

test('asks nothing on H5, where WeChat messages do not exist', async () => {
  g.SUBSCRIBE_TEMPLATE_IDS = ['tmpl-ticket-progress']
  process.env.TARO_ENV = 'h5'
  load()()
  await new Promise((r) => setTimeout(r, 0))
  expect(wxSubscribeAsks).toEqual([])
})
