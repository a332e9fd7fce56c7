export default definePageConfig({
  // H5 draws Taro's title bar with a back arrow only when asked (weapp shows its own anyway)
  navigationStyle: 'default',
  navigationBarTitleText: '公告',
  enablePullDownRefresh: true,
})
