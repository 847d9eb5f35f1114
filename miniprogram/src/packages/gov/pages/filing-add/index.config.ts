export default definePageConfig({ navigationBarTitleText: '录入备案' })
