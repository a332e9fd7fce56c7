/** "预计 48 小时内处理 · 区城管局" */
export function slaLine(slaHours: number, departmentName: string): string {
  const time = slaHours % 24 === 0 && slaHours >= 48 ? `${slaHours / 24} 天` : `${slaHours} 小时`
  return `预计 ${time}内处理 · ${departmentName}`
}
