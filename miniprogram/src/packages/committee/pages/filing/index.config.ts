export default definePageConfig({ navigationBarTitleText: '备案详情', enablePageMeta: true })
