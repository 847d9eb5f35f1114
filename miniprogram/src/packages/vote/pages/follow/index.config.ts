export default definePageConfig({ navigationBarTitleText: '确认从众', enablePageMeta: true })
