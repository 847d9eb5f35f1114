export default definePageConfig({ navigationBarTitleText: '电子投票', enablePageMeta: true })
