export default definePageConfig({ navigationBarTitleText: '核对投票结果', enablePageMeta: true })
