export default definePageConfig({ navigationBarTitleText: '录入备案', enablePageMeta: true })
