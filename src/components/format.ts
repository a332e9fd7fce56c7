/** "预计 48 小时内处理 · 区城管局" */
export function slaLine(slaHours: number, departmentName: string): string {
  const time = slaHours % 24 === 0 && slaHours >= 48 ? `${slaHours / 24} 天` : `${slaHours} 小时`
  return `预计 ${time}内处理 · ${departmentName}`
}

/** "1234 5678 9012": a long code in groups of four, easier to read out, compare and type */
export function groupedCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}
