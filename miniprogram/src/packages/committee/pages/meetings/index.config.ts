export default definePageConfig({ navigationBarTitleText: '会议管理', enablePageMeta: true })
