export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '核销记录与对账单',
})
