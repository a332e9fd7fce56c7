export default definePageConfig({
  navigationBarTitleText: '网格员工作台',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
})
