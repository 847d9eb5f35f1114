export default definePageConfig({ navigationBarTitleText: '辖区小区', enablePageMeta: true })
