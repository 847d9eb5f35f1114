export default definePageConfig({ navigationBarTitleText: '我的选票', enablePageMeta: true })
