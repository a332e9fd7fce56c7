export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '本店礼品',
})
