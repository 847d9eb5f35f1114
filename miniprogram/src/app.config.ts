// Main package holds only the three tab pages; every feature lives in a subpackage
// so the main package stays small (WeChat loads it on every cold start).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/messages/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/bind', pages: ['pages/owner/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '业委会',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#1a73e8',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/messages/index', text: '消息' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
})
