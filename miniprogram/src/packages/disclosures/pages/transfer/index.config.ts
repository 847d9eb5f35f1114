export default definePageConfig({ navigationBarTitleText: '转账公示', enablePageMeta: true })
