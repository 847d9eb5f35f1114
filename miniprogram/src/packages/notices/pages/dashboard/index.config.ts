export default definePageConfig({ navigationBarTitleText: '通知统计', enablePageMeta: true })
