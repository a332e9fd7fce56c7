export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '核销与对账',
})
