export default definePageConfig({ navigationBarTitleText: '委托他人', enablePageMeta: true })
