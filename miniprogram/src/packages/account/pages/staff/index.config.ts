export default definePageConfig({ navigationBarTitleText: '人员授权', enablePageMeta: true })
