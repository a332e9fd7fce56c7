// The stack's floor for `npm run bench`: one page of one line of text, built with the project's
// own config (copied with src/index.html to bench/tmp/floor), so Lighthouse can tell what Taro and React cost
// before the app adds anything.
export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: '随手拍' },
})
