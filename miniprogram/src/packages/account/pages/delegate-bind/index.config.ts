export default definePageConfig({ navigationBarTitleText: '被委托人认证', enablePageMeta: true })
