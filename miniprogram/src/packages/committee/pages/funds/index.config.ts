export default definePageConfig({ navigationBarTitleText: '共有资金', enablePageMeta: true })
