export default definePageConfig({ navigationBarTitleText: '辖区小区' })
