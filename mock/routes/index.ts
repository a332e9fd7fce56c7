import type { Api } from '../../src/contract'
import type { Routes } from '../route-types'
import * as auth from './auth'
import * as dev from './dev'
import * as reference from './reference'
import * as actions from './ticket-actions'
import * as tickets from './tickets'
import * as map from './map'
import * as uploads from './uploads'
import * as points from './points'
import * as merchant from './merchant'
import * as volunteer from './volunteer'
import * as workbench from './workbench'
import * as notifications from './notifications'
import * as home from './home'
import * as patrols from './patrols'

/** Each file's handlers, spread once; TypeScript refuses the table if an endpoint of `api` has none. */
export const routes: Routes<Api> = {
  ...auth.routes,
  ...reference.routes,
  ...uploads.routes,
  ...tickets.routes,
  ...map.routes,
  ...actions.routes,
  ...workbench.routes,
  ...patrols.routes,
  ...notifications.routes,
  ...home.routes,
  ...points.routes,
  ...merchant.routes,
  ...volunteer.routes,
  ...dev.routes,
}
