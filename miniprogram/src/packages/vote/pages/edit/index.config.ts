export default definePageConfig({ navigationBarTitleText: '编辑投票', enablePageMeta: true })
