export default definePageConfig({ navigationBarTitleText: '我是商户' })
