import type { Api } from '../../src/contract'
import { geoAreas } from '../geo-areas'
import { reverseGeocode } from '../geo'
import type { Routes } from '../route-types'
import { CATEGORY_TREE, COMMUNITIES, DEPARTMENTS } from '../seed'

export const routes = {
  categories: () => ({ items: [...CATEGORY_TREE] }),

  departments: () => ({ items: [...DEPARTMENTS] }),

  communities: () => ({
    items: COMMUNITIES.map(({ id, name, street, center }) => ({ id, name, street, center })),
  }),

  reverseGeo: ({ query }) => reverseGeocode(query),

  geoAreas: () => geoAreas(),
} satisfies Partial<Routes<Api>>
