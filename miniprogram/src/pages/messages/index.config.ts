export default definePageConfig({ navigationBarTitleText: '消息', enablePageMeta: true })
