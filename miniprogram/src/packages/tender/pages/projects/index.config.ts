export default definePageConfig({ navigationBarTitleText: '招标投标管理', enablePageMeta: true })
