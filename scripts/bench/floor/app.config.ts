// The stack's floor for `npm run bench`: one page of one line of text, built with the project's
// own config (SOURCE_ROOT=scripts/bench/floor), so Lighthouse can tell what Taro and React cost
// before the app adds anything.
export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: '随手拍' },
})
