export default definePageConfig({ navigationBarTitleText: '公开信息', enablePageMeta: true })
