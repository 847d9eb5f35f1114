export default definePageConfig({ navigationBarTitleText: '小区回复', enablePageMeta: true })
