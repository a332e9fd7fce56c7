import { CATEGORY_TREE } from '../seed-reference'

/** A GeoReport v2 service: one leaf category of the two-level tree. */
export interface Open311Service {
  service_code: string
  service_name: string
  description: string
  /** no extra attributes to fill in: a service definition is never needed */
  metadata: false
  type: 'realtime'
  keywords: string
  group: string
}

export function slaNotice(slaHours: number): string {
  return slaHours % 24 === 0 ? `派单后 ${slaHours / 24} 天内办结` : `派单后 ${slaHours} 小时内办结`
}

export function services(): Open311Service[] {
  return CATEGORY_TREE.flatMap((group) =>
    group.children.map((leaf) => ({
      service_code: leaf.id,
      service_name: leaf.name,
      description: `${group.name} · ${leaf.name}：由${leaf.departmentName}处理，${slaNotice(leaf.slaHours)}`,
      metadata: false as const,
      type: 'realtime' as const,
      keywords: [group.name, leaf.name, leaf.departmentName].join(','),
      group: group.name,
    })),
  )
}
