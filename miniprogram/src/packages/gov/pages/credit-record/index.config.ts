export default definePageConfig({ navigationBarTitleText: '添加信用记录', enablePageMeta: true })
