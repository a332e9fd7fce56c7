export default definePageConfig({ navigationBarTitleText: '开发者面板' })
