export default definePageConfig({ navigationBarTitleText: '招标项目', enablePageMeta: true })
