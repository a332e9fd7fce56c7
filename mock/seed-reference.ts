import type { CategoryGroup, Department } from '../src/contract'

export const DEPARTMENTS: readonly Department[] = [
  { id: 'd-chengguan', name: '区城管局' },
  { id: 'd-shizheng', name: '区市政工程中心' },
  { id: 'd-water', name: '自来水公司' },
  { id: 'd-gas', name: '燃气公司' },
  { id: 'd-fire', name: '区消防救援大队' },
  { id: 'd-power', name: '供电公司' },
  { id: 'd-zhujian', name: '区住建局' },
]

type DepartmentId = 'd-chengguan' | 'd-shizheng' | 'd-water' | 'd-gas' | 'd-fire' | 'd-power' | 'd-zhujian'

interface LeafSeed {
  id: string
  name: string
  /** hours from dispatch: danger to life is hours, nuisance is days */
  slaHours: number
  departmentId: DepartmentId
}

const TREE: readonly { id: string; name: string; children: readonly LeafSeed[] }[] = [
  {
    id: 'cg-road',
    name: '道路设施',
    children: [
      { id: 'cat-road-lamp', name: '路灯损坏', slaHours: 48, departmentId: 'd-shizheng' },
      { id: 'cat-road-pole', name: '线杆倾斜断裂', slaHours: 12, departmentId: 'd-power' },
      { id: 'cat-road-manhole', name: '井盖缺失', slaHours: 8, departmentId: 'd-shizheng' },
      { id: 'cat-road-pothole', name: '路面坑洼', slaHours: 72, departmentId: 'd-shizheng' },
    ],
  },
  {
    id: 'cg-water',
    name: '供水',
    children: [
      { id: 'cat-water-leak', name: '水管漏水', slaHours: 24, departmentId: 'd-water' },
      { id: 'cat-water-outage', name: '停水', slaHours: 12, departmentId: 'd-water' },
    ],
  },
  {
    id: 'cg-gas',
    name: '燃气安全',
    children: [
      { id: 'cat-gas-leak', name: '燃气泄漏', slaHours: 2, departmentId: 'd-gas' },
      { id: 'cat-gas-pipe', name: '管道老化', slaHours: 72, departmentId: 'd-gas' },
    ],
  },
  {
    id: 'cg-city',
    name: '市容环境',
    children: [
      { id: 'cat-city-garbage', name: '垃圾堆放', slaHours: 24, departmentId: 'd-chengguan' },
      { id: 'cat-city-ads', name: '乱贴小广告', slaHours: 72, departmentId: 'd-chengguan' },
      { id: 'cat-city-stall', name: '占道经营', slaHours: 48, departmentId: 'd-chengguan' },
    ],
  },
  {
    id: 'cg-fire',
    name: '消防通道堵塞',
    children: [
      { id: 'cat-fire-vehicle', name: '车辆占用', slaHours: 4, departmentId: 'd-fire' },
      { id: 'cat-fire-debris', name: '杂物堆放', slaHours: 24, departmentId: 'd-fire' },
    ],
  },
]

function departmentName(id: DepartmentId): string {
  const found = DEPARTMENTS.find((d) => d.id === id)
  if (!found) throw new Error(`seed: unknown department ${id}`)
  return found.name
}

/** The two-level tree; departmentName is derived so it can never disagree with DEPARTMENTS. */
export const CATEGORY_TREE: readonly CategoryGroup[] = TREE.map((group) => ({
  id: group.id,
  name: group.name,
  children: group.children.map((leaf) => ({ ...leaf, departmentName: departmentName(leaf.departmentId) })),
}))

export function findLeafCategory(id: string) {
  for (const group of CATEGORY_TREE) {
    const leaf = group.children.find((c) => c.id === id)
    if (leaf) return leaf
  }
  return undefined
}
