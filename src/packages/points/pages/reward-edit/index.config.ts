export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '上架礼品',
})
