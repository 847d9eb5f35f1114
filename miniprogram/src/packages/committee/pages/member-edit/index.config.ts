export default definePageConfig({ navigationBarTitleText: '成员信息维护', enablePageMeta: true })
