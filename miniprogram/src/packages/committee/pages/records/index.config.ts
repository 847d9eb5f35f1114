export default definePageConfig({ navigationBarTitleText: '信息综合查询', enablePageMeta: true })
