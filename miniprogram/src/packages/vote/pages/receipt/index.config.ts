export default definePageConfig({ navigationBarTitleText: '投票回执', enablePageMeta: true })
