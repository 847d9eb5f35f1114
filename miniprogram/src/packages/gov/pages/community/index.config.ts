export default definePageConfig({ navigationBarTitleText: '小区业委会', enablePageMeta: true })
