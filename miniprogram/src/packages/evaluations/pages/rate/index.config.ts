export default definePageConfig({ navigationBarTitleText: '业主评价', enablePageMeta: true })
