export default definePageConfig({ navigationBarTitleText: '通知发布', enablePageMeta: true })
