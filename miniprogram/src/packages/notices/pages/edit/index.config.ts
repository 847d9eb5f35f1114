export default definePageConfig({ navigationBarTitleText: '编辑通知', enablePageMeta: true })
