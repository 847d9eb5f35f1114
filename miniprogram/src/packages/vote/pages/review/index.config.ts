export default definePageConfig({ navigationBarTitleText: '投票审核', enablePageMeta: true })
