import type { FaultKind } from '@/contract'

export const FAULT_LABELS: Record<FaultKind, string> = {
  offline: '断网',
  slow: '慢响应',
  server_error: '服务器错误 500',
  malformed: '返回乱码',
  lost_answer: '丢失应答（已执行）',
}

export const CLOCK_STEPS: { label: string; minutes: number }[] = [
  { label: '+1 小时', minutes: 60 },
  { label: '+1 天', minutes: 60 * 24 },
  { label: '+7 天', minutes: 60 * 24 * 7 },
  { label: '+30 天', minutes: 60 * 24 * 30 },
]
