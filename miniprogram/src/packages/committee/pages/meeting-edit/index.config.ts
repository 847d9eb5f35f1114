export default definePageConfig({ navigationBarTitleText: '编辑会议', enablePageMeta: true })
