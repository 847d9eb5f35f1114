export default definePageConfig({ navigationBarTitleText: '投票补计', enablePageMeta: true })
