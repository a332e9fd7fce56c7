export default definePageConfig({
  // H5 draws Taro's title bar with a back arrow only when asked (weapp shows its own anyway)
  navigationStyle: 'default',

  navigationBarTitleText: '问题详情',
  enablePullDownRefresh: true,
  // useShareAppMessage needs the page to declare it can be shared
  enableShareAppMessage: true,
})
