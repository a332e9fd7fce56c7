import { z } from 'zod'
import { queryNumber } from './text'
import { ALL_ROLES, get } from './endpoint'
import { GeoPoint, Id, ItemList } from './common'

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

/** A closed ring, vertices in order and not repeated; GCJ-02 like every point the app exchanges. */
const Ring = z.array(GeoPoint).min(3)

export const GeoAreas = z.object({
  /** the smallest box holding every community, to frame a map */
  bounds: z.object({ minLng: z.number(), minLat: z.number(), maxLng: z.number(), maxLat: z.number() }),
  communities: z.array(z.object({ id: Id, name: z.string(), center: GeoPoint, ring: Ring })),
  /** a point inside a grid's ring reverse-geocodes to that grid */
  grids: z.array(z.object({ id: Id, name: z.string(), communityId: Id, ring: Ring })),
  /** main roads, so a map without tiles is still readable */
  roads: z.array(z.object({ name: z.string(), line: z.array(GeoPoint).min(2) })),
})
export type GeoAreas = z.infer<typeof GeoAreas>

export const endpoints = {
  categories: get('/categories', {
    summary: '问题分类（两级，含时限与责任部门）',
    access: ALL_ROLES,
    response: ItemList(CategoryGroup),
  }),

  departments: get('/departments', {
    summary: '职能部门',
    access: ALL_ROLES,
    response: ItemList(Department),
  }),

  communities: get('/communities', {
    summary: '服务范围内的社区',
    access: ALL_ROLES,
    response: ItemList(Community),
  }),

  reverseGeo: get('/geo/reverse', {
    summary: '坐标（GCJ-02）转地址、社区与网格',
    access: ALL_ROLES,
    query: ReverseGeoQuery,
    response: ReverseGeo,
  }),

  geoAreas: get('/geo/areas', {
    summary: '服务范围的社区、网格边界与主要道路（GCJ-02）',
    access: ALL_ROLES,
    response: GeoAreas,
  }),
}
