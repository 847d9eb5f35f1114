export default definePageConfig({ navigationBarTitleText: '大额资金转账公示', enablePageMeta: true })
