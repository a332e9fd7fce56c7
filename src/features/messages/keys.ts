/** Everything of the message centre lives under one root; other features invalidate it by that root. */
export const messagesKey = ['messages'] as const
export const messageListKey = ['messages', 'list'] as const
export const unreadKey = ['messages', 'unread'] as const
