import type { Api } from '../../src/contract'
import { reverseGeocode } from '../geo'
import type { RouteHandler } from '../route-types'
import { CATEGORY_TREE, COMMUNITIES, DEPARTMENTS } from '../seed'

export const categories: RouteHandler<Api['categories']> = () => ({ items: [...CATEGORY_TREE] })

export const departments: RouteHandler<Api['departments']> = () => ({ items: [...DEPARTMENTS] })

export const communities: RouteHandler<Api['communities']> = () => ({
  items: COMMUNITIES.map(({ id, name, street, center }) => ({ id, name, street, center })),
})

export const reverseGeo: RouteHandler<Api['reverseGeo']> = ({ query }) => reverseGeocode(query)
