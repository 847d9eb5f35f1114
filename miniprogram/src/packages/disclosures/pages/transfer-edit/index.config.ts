export default definePageConfig({ navigationBarTitleText: '发布转账公示', enablePageMeta: true })
