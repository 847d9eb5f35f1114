export default definePageConfig({ navigationBarTitleText: '统计录入', enablePageMeta: true })
