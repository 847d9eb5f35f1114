export default definePageConfig({ navigationBarTitleText: '发布培训课程', enablePageMeta: true })
