export default definePageConfig({ navigationBarTitleText: '信息公开', enablePageMeta: true })
