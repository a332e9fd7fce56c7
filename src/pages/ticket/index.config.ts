export default definePageConfig({
  navigationBarTitleText: '问题详情',
  enablePullDownRefresh: true,
  // useShareAppMessage needs the page to declare it can be shared
  enableShareAppMessage: true,
})
