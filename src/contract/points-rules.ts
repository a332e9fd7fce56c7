/**
 * The points and volunteer rules (DESIGN.md "Points rules"), in one place: the mock enforces
 * them and the app shows them, so both read these constants and nothing else.
 */
export const POINTS_RULES = {
  /** my report accepted by a grid worker */
  reportAccepted: 5,
  /** at most this many accepted reports are rewarded per calendar day */
  reportAcceptedPerDay: 3,
  /** I rated my resolved ticket (once per ticket) */
  rated: 1,
  /** for every full hour served at an activity */
  perFullHour: 10,
  /** points expire this many calendar months after they were earned, oldest first */
  expiryMonths: 12,
  /** the account shows what expires within this many days */
  expiringSoonDays: 30,
  /** a voucher is valid this many days after redeeming, unless the reward says otherwise */
  voucherValidDays: 30,
} as const

export const ACTIVITY_RULES = {
  /** check-in opens this long before the start and stays open until the end */
  checkinOpensMinutesBefore: 60,
  /** check-out stays open this long after the end; a forgotten check-out counts up to the end */
  checkoutClosesMinutesAfter: 60,
} as const

const HOUR_MS = 60 * 60 * 1000

/**
 * Points for time served: 10 for every full hour, the time capped at the activity's length.
 * A 2.5-hour activity is worth at most 20 points; 1 h 59 min served earns 10.
 */
export function pointsForService(servedMs: number, activityMs: number): number {
  const counted = Math.max(0, Math.min(servedMs, activityMs))
  return Math.floor(counted / HOUR_MS) * POINTS_RULES.perFullHour
}

/** The most an activity can earn (served from start to end). */
export function maxPointsForActivity(activityMs: number): number {
  return pointsForService(activityMs, activityMs)
}

/** The rules as one line each, for the 积分规则 sheet. */
export const POINTS_RULE_LINES: readonly string[] = [
  `上报的问题被网格员受理：+${POINTS_RULES.reportAccepted} 分（每天最多奖励 ${POINTS_RULES.reportAcceptedPerDay} 次）`,
  `评价已办结的问题：+${POINTS_RULES.rated} 分`,
  `参加志愿活动（签到并签退）：只计活动开始至结束之间的时间，每满 1 小时 +${POINTS_RULES.perFullHour} 分`,
  '兑换礼品：扣除相应积分；未使用的券取消或过期后，积分退回',
  `积分自获得起 ${POINTS_RULES.expiryMonths} 个月后过期，先得先用`,
]
