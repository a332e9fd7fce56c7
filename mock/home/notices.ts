import type { Notice } from '../../src/contract'
import { formatIso } from '../clock'

const DAY_MS = 24 * 3600_000

/** The city's notices, dated back from the mock clock's now so the banner always reads as recent. */
const NOTICES: readonly (Omit<Notice, 'publishedAt'> & { daysAgo: number })[] = [
  {
    id: 'n-cold-wave',
    title: '寒潮来袭，请注意防寒防冻',
    summary: '本周气温骤降，请检查水管保温，发现漏水、结冰请随手拍上报',
    body: '市气象台发布寒潮蓝色预警，未来三天最低气温降至零下 6 度。\n\n请居民朋友检查室外水管、水表的保温情况；发现路面结冰、水管冻裂漏水、路灯损坏等问题，请用“随手拍”上报，网格员会尽快到场处理。\n\n燃气使用请注意通风，发现燃气异味请立即离开并拨打燃气抢修电话。',
    publisher: '中原区城市运行管理中心',
    tone: 'warning',
    daysAgo: 0,
  },
  {
    id: 'n-patrol',
    title: '“平安巡逻队”周六招募志愿者',
    summary: '商户和居民都可报名，服务满 1 小时得 10 积分',
    body: '本周六上午 9 点至 11 点，创业路社区组织“平安巡逻队”沿街巡查，重点查看消防通道、井盖和路灯。\n\n欢迎沿街商户和居民报名参加，在“志愿活动”里报名，到现场扫码签到、签退，按服务时长获得志愿积分，可在积分商城兑换礼品。',
    publisher: '创业路社区居委会',
    tone: 'event',
    daysAgo: 1,
  },
  {
    id: 'n-water',
    title: '棉纺路片区计划停水通知',
    summary: '管网改造，周四 9:00–17:00 停水，请提前储水',
    body: '因供水管网改造，棉纺路以北、桐柏路以东片区周四 9:00 至 17:00 停止供水。\n\n请受影响的居民提前储水。恢复供水后如水质浑浊，请先放水几分钟；超过时间仍未恢复供水，可用“随手拍”选择“供水 · 停水”上报。',
    publisher: '郑州自来水公司',
    tone: 'info',
    daysAgo: 2,
  },
  {
    id: 'n-fire-lane',
    title: '消防通道专项整治进行中',
    summary: '占用消防通道的车辆和杂物，拍照上报 4 小时内处置',
    body: '本月开展消防通道专项整治。消防通道是生命通道，车辆占用、杂物堆放都会耽误救援。\n\n发现消防通道被占用，请用“随手拍”选择“消防通道堵塞”上报，并拍清车牌或杂物位置，区消防救援大队承诺 4 小时内处置。',
    publisher: '区消防救援大队',
    tone: 'info',
    daysAgo: 5,
  },
]

export function listNotices(now: number): Notice[] {
  return NOTICES.map(({ daysAgo, ...n }) => ({ ...n, publishedAt: formatIso(now - daysAgo * DAY_MS) }))
}

export function findNotice(id: string, now: number): Notice | undefined {
  return listNotices(now).find((n) => n.id === id)
}
