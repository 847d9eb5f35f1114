export default definePageConfig({ navigationBarTitleText: '未参与名单与线下认证', enablePageMeta: true })
