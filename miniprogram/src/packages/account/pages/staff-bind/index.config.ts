export default definePageConfig({ navigationBarTitleText: '物业服务或业委会人员绑定', enablePageMeta: true })
