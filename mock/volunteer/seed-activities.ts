import { z } from 'zod'
import { dayAt, DAY_MS, HOUR_MS, weekday } from '../points/time'
import type { StoredActivity } from './model'
import seasonal from './seed-seasonal.json'

/** Letters and digits nobody confuses when typing them off a screen (no 0/O, 1/I/L). */
const CODE_CHARS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** The same codes on every reset: a small linear congruential sequence. */
function activityCode(index: number): string {
  let x = 7919 * (index + 11)
  let code = 'HD'
  for (let i = 0; i < 6; i++) {
    x = (x * 48271) % 2147483647
    code += CODE_CHARS[x % CODE_CHARS.length]
  }
  return code
}

type Draft = Omit<StoredActivity, 'code' | 'signupDeadline'> & { signupDeadline?: number }

const CHUANGYE = '创业路社区居委会'
const CHUANGYE_CONTACT = '创业路社区服务站 0371-67881234'

/**
 * Zhengzhou activities at times relative to `now` (the moment of seeding), so that whenever the
 * mock starts: one is running (check-in works at once), several are open for sign-up (one full,
 * two that clash), one has closed its sign-up, merchants have a Saturday patrol, and some are past.
 */
export function seedActivities(now: number): StoredActivity[] {
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS
  const toSaturday = (6 - weekday(now) + 7) % 7
  const saturday = toSaturday < 2 ? toSaturday + 7 : toSaturday
  const drafts: Draft[] = [
    {
      id: 'act-cleanup-now',
      title: '社区环境清洁日',
      audience: 'resident',
      startAt: hour - HOUR_MS,
      endAt: hour + 2 * HOUR_MS,
      signupDeadline: hour - HOUR_MS - DAY_MS,
      place: '创业路社区广场（创业路与兴华街交叉口东北角）',
      organiser: CHUANGYE,
      capacity: 30,
      description: '清扫楼道和小区公共区域，清理卫生死角和乱贴的小广告。工具由社区统一发放。',
      bring: ['手套（社区备有少量）', '饮用水', '遮阳帽'],
      contact: CHUANGYE_CONTACT,
    },
    {
      id: 'act-traffic',
      title: '文明交通劝导',
      audience: 'resident',
      startAt: dayAt(now, 2, 7, 30),
      endAt: dayAt(now, 2, 9, 30),
      signupDeadline: dayAt(now, 1, 20),
      place: '建设路与桐柏路交叉口（东南角岗亭集合）',
      organiser: '中原区交警大队 · 创业路社区',
      capacity: 12,
      description: '早高峰在路口协助交警，劝导行人和电动车不闯红灯、不逆行。现场有交警带队讲解。',
      bring: ['红马甲和小红旗（现场发放）', '舒适的鞋'],
      contact: CHUANGYE_CONTACT,
    },
    {
      id: 'act-clinic',
      title: '爱心义诊进社区',
      audience: 'resident',
      startAt: dayAt(now, 2, 9),
      endAt: dayAt(now, 2, 11, 30),
      signupDeadline: dayAt(now, 1, 20),
      place: '创业路社区卫生服务站门前',
      organiser: '中原区人民医院 · 创业路社区',
      capacity: 10,
      description: '协助医生为老人量血压、测血糖，帮忙排队登记、引导老人就座。',
      bring: ['身份证', '饮用水'],
      contact: CHUANGYE_CONTACT,
    },
    {
      id: 'act-library',
      title: '社区图书角整理',
      audience: 'resident',
      startAt: dayAt(now, 3, 14),
      endAt: dayAt(now, 3, 16),
      place: '西里路社区党群服务中心二楼图书角',
      organiser: '西里路社区居委会',
      capacity: 3,
      description: '整理捐赠图书，按类别上架，登记借阅卡。',
      bring: ['老花镜（如需要）'],
      contact: '西里路社区服务站 0371-67335678',
    },
    {
      id: 'act-antifraud',
      title: '防电信诈骗宣传',
      audience: 'resident',
      startAt: dayAt(now, 1, 15),
      endAt: dayAt(now, 1, 17),
      signupDeadline: dayAt(now, -1, 18),
      place: '高沟村村委会广场',
      organiser: '须水派出所 · 高沟村村委会',
      capacity: 15,
      description: '向村民发放防诈骗宣传单，讲解常见骗局，帮助老人安装国家反诈中心App。',
      bring: ['手机（用于演示）'],
      contact: '高沟村村委会 0371-68921100',
    },
    {
      id: 'act-sorting',
      title: '垃圾分类指导',
      audience: 'resident',
      startAt: dayAt(now, 4, 8),
      endAt: dayAt(now, 4, 10, 30),
      place: '创业路社区 3 号楼垃圾分类投放点',
      organiser: CHUANGYE,
      capacity: 20,
      description: '早上投放高峰时段在投放点值守，指导居民正确分类投放厨余垃圾和可回收物。',
      bring: ['口罩', '手套'],
      contact: CHUANGYE_CONTACT,
    },
    {
      id: 'act-patrol-sat',
      title: '周六平安巡逻',
      audience: 'merchant',
      startAt: dayAt(now, saturday, 19),
      endAt: dayAt(now, saturday, 21),
      signupDeadline: dayAt(now, saturday, 12),
      place: '创业路沿街商铺（老刘烩面馆门前集合）',
      organiser: '中原区平安巡逻队 · 创业路派出所',
      capacity: 15,
      description: '沿街商户组成平安巡逻队，晚间沿创业路、兴华街巡查，留意消防通道堵塞和可疑情况。',
      bring: ['手电筒', '巡逻袖标（现场发放）'],
      contact: '创业路派出所社区民警 0371-67886110',
    },
    {
      id: 'act-fire-drill',
      title: '沿街商户消防安全培训',
      audience: 'merchant',
      startAt: dayAt(now, saturday, 20),
      endAt: dayAt(now, saturday, 21, 30),
      place: '创业路社区党群服务中心一楼会议室',
      organiser: '中原区消防救援大队',
      capacity: 40,
      description: '讲解灭火器使用和店铺用电安全，现场演练。',
      bring: ['营业执照复印件（登记用）'],
      contact: '中原区消防救援大队 0371-67880119',
    },
    ...pastActivities(now),
  ]
  return drafts.map((d, i) => ({
    ...d,
    signupDeadline: d.signupDeadline ?? d.startAt - DAY_MS,
    code: activityCode(i),
  }))
}

type Past = [
  id: string,
  title: string | 'seasonal',
  days: number,
  from: [number, number],
  to: [number, number],
]

/**
 * What a community does in each month of the year (seed-seasonal.json, January first), two
 * choices a month: a festival's activity is named by the month it falls in by the mock clock, so
 * the history never holds 端午节 in December whatever day the mock starts.
 */
const SEASONAL = z
  .array(z.tuple([z.string(), z.string()]))
  .length(12)
  .parse(seasonal)

/** The month (1–12) of `ms` in Zhengzhou. */
function monthOf(ms: number): number {
  return new Date(ms + 8 * HOUR_MS).getUTCMonth() + 1
}

/** Ended activities that the seeded history (points/seed-history.ts) refers to. */
const PAST: readonly Past[] = [
  ['act-past-tree', 'seasonal', -420, [8, 30], [11, 30]],
  ['act-past-dragon', 'seasonal', -350, [9, 0], [12, 0]],
  ['act-past-summer', 'seasonal', -300, [19, 0], [21, 0]],
  ['act-past-health', '社区义诊协助', -60, [8, 30], [11, 30]],
  ['act-elderly', 'seasonal', -41, [9, 0], [12, 0]],
  ['act-past-park', '碧沙岗公园捡拾垃圾', -20, [9, 0], [11, 0]],
  ['act-past-dog', '文明养犬宣传', -15, [9, 0], [11, 0]],
  ['act-past-traffic', '文明交通劝导（上期）', -10, [7, 30], [9, 30]],
  ['act-past-patrol', '沿街商户平安巡逻（上期）', -7, [19, 0], [21, 0]],
]

/** The title a seasonal slot gets: its month's first choice, or the second when an earlier slot took it. */
export function seasonalTitle(startAt: number, taken: Set<string>): string {
  const [first, second] = SEASONAL[monthOf(startAt) - 1]
  const title = taken.has(first) ? second : first
  taken.add(title)
  return title
}

function pastActivities(now: number): Draft[] {
  const taken = new Set<string>()
  return PAST.map(([id, fixed, days, [fromH, fromM], [toH, toM]]) => {
    const startAt = dayAt(now, days, fromH, fromM)
    const title = fixed === 'seasonal' ? seasonalTitle(startAt, taken) : fixed
    return {
      id,
      title,
      audience: id === 'act-past-patrol' ? 'merchant' : 'resident',
      startAt,
      endAt: dayAt(now, days, toH, toM),
      place: '创业路社区',
      organiser: CHUANGYE,
      capacity: 30,
      description: `${title}。感谢每一位参加的志愿者！`,
      bring: [],
      contact: CHUANGYE_CONTACT,
    }
  })
}
