// The developer panel exists only in mock builds: an http build has no page that could reach it.
const devPackage =
  process.env.API_MODE === 'http' ? [] : [{ root: 'packages/dev', pages: ['pages/panel/index'] }]

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/report/index',
    'pages/tickets/index',
    'pages/messages/index',
    'pages/me/index',
  ],
  subPackages: [
    // what a resident opens from the tab pages: 问题详情, 附近的问题, 公告
    { root: 'packages/resident', pages: ['pages/ticket/index', 'pages/board/index', 'pages/notice/index'] },
    { root: 'packages/volunteer', pages: ['pages/list/index', 'pages/detail/index', 'pages/checkin/index'] },
    {
      root: 'packages/points',
      pages: [
        'pages/account/index',
        'pages/mall/index',
        'pages/vouchers/index',
        'pages/voucher/index',
        'pages/verify/index',
        'pages/merchant/index',
        'pages/shop-books/index',
        'pages/shop-rewards/index',
        'pages/reward-edit/index',
      ],
    },
    {
      root: 'packages/workbench',
      pages: ['pages/queue/index', 'pages/ticket/index', 'pages/patrol/index', 'pages/stats/index'],
    },
    ...devPackage,
  ],
  // WeChat fetches the resident pages in the background once a tab page that links to them opens
  preloadRule: Object.fromEntries(
    ['pages/home/index', 'pages/report/index', 'pages/tickets/index', 'pages/messages/index'].map((page) => [
      page,
      { network: 'all', packages: ['packages/resident'] },
    ]),
  ),
  // WeChat asks before sharing the position; the text says why, in the resident's words
  permission: {
    'scope.userLocation': { desc: '用于确定您上报的问题所在位置，方便网格员尽快找到现场' },
  },
  // pages load only the components they render (WeChat's code-quality check asks for it)
  lazyCodeLoading: 'requiredComponents',
  requiredPrivateInfos: ['getLocation', 'chooseLocation', 'startLocationUpdate', 'onLocationChange'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '随手拍',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    // weapp draws its own (src/custom-tab-bar) so that 长辈模式 reaches it; H5 keeps Taro's, which
    // would show none with custom set. WeChat still reads the list for the tab pages.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#4b5563',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/report/index',
        text: '上报',
        iconPath: 'assets/tab/report.png',
        selectedIconPath: 'assets/tab/report-active.png',
      },
      {
        pagePath: 'pages/tickets/index',
        text: '我的上报',
        iconPath: 'assets/tab/tickets.png',
        selectedIconPath: 'assets/tab/tickets-active.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tab/messages.png',
        selectedIconPath: 'assets/tab/messages-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
})
