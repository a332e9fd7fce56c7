export default definePageConfig({
  navigationBarTitleText: '兑换券',
  enablePullDownRefresh: true,
})
