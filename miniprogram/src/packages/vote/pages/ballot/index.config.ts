export default definePageConfig({ navigationBarTitleText: '投票', enablePageMeta: true })
