export default definePageConfig({ navigationBarTitleText: '评价异议', enablePageMeta: true })
