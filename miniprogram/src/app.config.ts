// Main package holds only the three tab pages; every feature lives in a subpackage
// so the main package stays small (WeChat loads it on every cold start).
const tab = (name: string, text: string) => ({
  pagePath: `pages/${name}/index`,
  text,
  iconPath: `assets/tabbar/${name}.png`,
  selectedIconPath: `assets/tabbar/${name}-active.png`,
})

export default defineAppConfig({
  // Inject only the components a page shows (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
  // Privacy APIs wait for consent through the app's own sheet (utils/privacy.ts).
  __usePrivacyCheck__: true,
  pages: ['pages/home/index', 'pages/messages/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/bind', pages: ['pages/owner/index'] },
    {
      root: 'packages/account',
      pages: [
        'pages/staff-bind/index',
        'pages/staff/index',
        'pages/people/index',
        'pages/me/index',
        'pages/delegates/index',
        'pages/delegate-bind/index',
        'pages/face/index',
        'pages/privacy/index',
      ],
    },
    {
      root: 'packages/committee',
      pages: [
        'pages/members/index',
        'pages/member/index',
        'pages/member-edit/index',
        'pages/records/index',
        'pages/filing/index',
        'pages/meetings/index',
        'pages/meeting/index',
        'pages/meeting-edit/index',
        'pages/funds/index',
        'pages/credit/index',
      ],
    },
    // 信息公开 and 大额资金转账公示.
    {
      root: 'packages/disclosures',
      pages: [
        'pages/list/index',
        'pages/detail/index',
        'pages/edit/index',
        'pages/import/index',
        'pages/transfers/index',
        'pages/transfer/index',
        'pages/transfer-edit/index',
        'pages/calendar/index',
      ],
    },
    {
      root: 'packages/vote',
      pages: [
        'pages/open/index',
        'pages/ballot/index',
        'pages/receipt/index',
        'pages/my-ballots/index',
        'pages/result/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/detail/index',
        'pages/supplement/index',
        'pages/follow/index',
        'pages/statistics/index',
        'pages/exports/index',
        'pages/review/index',
      ],
    },
    // 业主评价: ratings of the property office and the committee, 评价统计, 评价排名.
    {
      root: 'packages/evaluations',
      pages: ['pages/statistics/index', 'pages/rate/index', 'pages/ranking/index', 'pages/objection/index'],
    },
    // 辖区小区: street offices, district and city centres reach the committees of their area.
    {
      root: 'packages/gov',
      pages: [
        'pages/communities/index',
        'pages/community/index',
        'pages/credit/index',
        'pages/credit-record/index',
        'pages/filing-add/index',
        'pages/training-add/index',
      ],
    },
    // 通知消息: the committee's page of one notice; the city and district centres' drafts and dashboards.
    {
      root: 'packages/notices',
      pages: ['pages/received/index', 'pages/sent/index', 'pages/edit/index', 'pages/dashboard/index', 'pages/reply/index'],
    },
    // 宣传培训: the courses, one course's video with its progress, a community's completions, and the centres' form.
    {
      root: 'packages/training',
      pages: ['pages/courses/index', 'pages/course/index', 'pages/completions/index', 'pages/publish/index'],
    },
    // 小区气象公告栏: the weather of the community's district or a place picked by keyword.
    { root: 'packages/weather', pages: ['pages/board/index'] },
    // 招标投标管理: tender projects as the city's tender platform pushes their stages.
    { root: 'packages/tender', pages: ['pages/projects/index', 'pages/project/index'] },
    // Public: anyone can recompute a published result, signed in or not.
    { root: 'packages/verify', pages: ['pages/index/index'] },
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
    list: [tab('home', '首页'), tab('messages', '消息'), tab('mine', '我的')],
  },
})
