export default definePageConfig({ navigationBarTitleText: '宣传培训', enablePageMeta: true })
