import type { Api } from '../../src/contract'
import type { Routes } from '../route-types'
import * as auth from './auth'
import * as dev from './dev'
import * as reference from './reference'

/** Every endpoint of the contract has its route here; TypeScript refuses the map if one is missing. */
export const routes: Routes<Api> = {
  login: auth.login,
  me: auth.me,
  patchMe: auth.patchMe,
  categories: reference.categories,
  departments: reference.departments,
  communities: reference.communities,
  reverseGeo: reference.reverseGeo,
  devUsers: dev.devUsers,
  devReset: dev.devReset,
  devClock: dev.devClock,
  devAdvanceClock: dev.devAdvanceClock,
  devFaults: dev.devFaults,
}
