export default definePageConfig({ navigationBarTitleText: '评价排名', enablePageMeta: true })
