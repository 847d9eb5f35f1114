export default definePageConfig({ navigationBarTitleText: '小区气象公告栏', enablePageMeta: true })
