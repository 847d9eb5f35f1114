export default definePageConfig({ navigationBarTitleText: '业委会管理', enablePageMeta: true })
