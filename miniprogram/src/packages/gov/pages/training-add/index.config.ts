export default definePageConfig({ navigationBarTitleText: '录入培训结果', enablePageMeta: true })
