export default definePageConfig({ navigationBarTitleText: '投票管理', enablePageMeta: true })
