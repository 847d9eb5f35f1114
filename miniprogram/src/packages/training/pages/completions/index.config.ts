export default definePageConfig({ navigationBarTitleText: '学习情况', enablePageMeta: true })
