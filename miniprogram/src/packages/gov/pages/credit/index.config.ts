export default definePageConfig({ navigationBarTitleText: '信用信息维护', enablePageMeta: true })
