/** Page paths, in one place: features navigate without importing pages. */
export const ROUTES = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  myTickets: '/pages/tickets/index',
  messages: '/pages/messages/index',
  me: '/pages/me/index',
  ticket: (id: string) => `/pages/ticket/index?id=${encodeURIComponent(id)}`,
  board: '/pages/board/index',
  devPanel: '/packages/dev/pages/panel/index',
} as const
