import { z } from 'zod'
import { queryNumber } from './text'
import { ALL_ROLES, endpoint } from './endpoint'
import { Id } from './common'

export const Department = z.object({ id: Id, name: z.string() })
export type Department = z.infer<typeof Department>

export const LeafCategory = z.object({
  id: Id,
  name: z.string(),
  /** 承诺办结时限，自派单起算（小时） */
  slaHours: z.number().int().positive(),
  /** the department that owns this kind of problem */
  departmentId: Id,
  departmentName: z.string(),
})
export type LeafCategory = z.infer<typeof LeafCategory>

export const CategoryGroup = z.object({
  id: Id,
  name: z.string(),
  children: z.array(LeafCategory).min(1),
})
export type CategoryGroup = z.infer<typeof CategoryGroup>

export const Community = z.object({
  id: Id,
  name: z.string(),
  street: z.string(),
  center: z.object({ lat: z.number(), lng: z.number() }),
})
export type Community = z.infer<typeof Community>

export const ReverseGeoQuery = z.object({
  lat: queryNumber(z.coerce.number('请提供纬度').min(-90, '纬度不正确').max(90, '纬度不正确')),
  lng: queryNumber(z.coerce.number('请提供经度').min(-180, '经度不正确').max(180, '经度不正确')),
})

export const ReverseGeo = z.object({
  address: z.string(),
  communityId: Id.nullable(),
  communityName: z.string().nullable(),
  gridId: Id.nullable(),
  gridName: z.string().nullable(),
  /** false: outside every grid we serve; reports there are refused */
  inServiceArea: z.boolean(),
})
export type ReverseGeo = z.infer<typeof ReverseGeo>

export const endpoints = {
  categories: endpoint({
    method: 'GET',
    status: 200,
    path: '/categories',
    summary: '问题分类（两级，含时限与责任部门）',
    access: ALL_ROLES,
    response: z.object({ items: z.array(CategoryGroup) }),
  }),

  departments: endpoint({
    method: 'GET',
    status: 200,
    path: '/departments',
    summary: '职能部门',
    access: ALL_ROLES,
    response: z.object({ items: z.array(Department) }),
  }),

  communities: endpoint({
    method: 'GET',
    status: 200,
    path: '/communities',
    summary: '服务范围内的社区',
    access: ALL_ROLES,
    response: z.object({ items: z.array(Community) }),
  }),

  reverseGeo: endpoint({
    method: 'GET',
    status: 200,
    path: '/geo/reverse',
    summary: '坐标（GCJ-02）转地址、社区与网格',
    access: ALL_ROLES,
    query: ReverseGeoQuery,
    response: ReverseGeo,
  }),
}
