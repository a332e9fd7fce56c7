/** Page paths, in one place: features navigate without importing pages. */
export const ROUTES = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  myTickets: '/pages/tickets/index',
  messages: '/pages/messages/index',
  me: '/pages/me/index',
  ticket: (id: string) => `/packages/resident/pages/ticket/index?id=${encodeURIComponent(id)}`,
  board: '/packages/resident/pages/board/index',
  notice: (id: string) => `/packages/resident/pages/notice/index?id=${encodeURIComponent(id)}`,
  devPanel: '/packages/dev/pages/panel/index',
  workbench: '/packages/workbench/pages/queue/index',
  workbenchTicket: (id: string) => `/packages/workbench/pages/ticket/index?id=${encodeURIComponent(id)}`,
  patrol: '/packages/workbench/pages/patrol/index',
  workbenchStats: '/packages/workbench/pages/stats/index',
  activities: (tab?: 'resident' | 'merchant' | 'mine') =>
    `/packages/volunteer/pages/list/index${tab ? `?tab=${tab}` : ''}`,
  activity: (id: string) => `/packages/volunteer/pages/detail/index?id=${encodeURIComponent(id)}`,
  attendance: (id: string, kind: 'checkin' | 'checkout') =>
    `/packages/volunteer/pages/checkin/index?id=${encodeURIComponent(id)}&kind=${kind}`,
  points: '/packages/points/pages/account/index',
  mall: '/packages/points/pages/mall/index',
  vouchers: '/packages/points/pages/vouchers/index',
  voucher: (id: string) => `/packages/points/pages/voucher/index?id=${encodeURIComponent(id)}`,
  verifyVoucher: '/packages/points/pages/verify/index',
  merchant: '/packages/points/pages/merchant/index',
  shopBooks: (tab?: 'days' | 'statement') =>
    `/packages/points/pages/shop-books/index${tab ? `?tab=${tab}` : ''}`,
  shopRewards: '/packages/points/pages/shop-rewards/index',
  rewardEdit: (id?: string) =>
    `/packages/points/pages/reward-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
} as const
