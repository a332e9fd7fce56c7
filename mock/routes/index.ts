import type { Api } from '../../src/contract'
import type { Routes } from '../route-types'
import * as auth from './auth'
import * as dev from './dev'
import * as reference from './reference'
import * as actions from './ticket-actions'
import * as tickets from './tickets'
import * as uploads from './uploads'
import * as points from './points'
import * as volunteer from './volunteer'
import * as workbench from './workbench'
import * as notifications from './notifications'

/** Every endpoint of the contract has its route here; TypeScript refuses the map if one is missing. */
export const routes: Routes<Api> = {
  login: auth.login,
  me: auth.me,
  patchMe: auth.patchMe,
  categories: reference.categories,
  departments: reference.departments,
  communities: reference.communities,
  reverseGeo: reference.reverseGeo,
  upload: uploads.upload,
  nearbyTickets: tickets.nearbyTickets,
  createTicket: tickets.createTicket,
  listTickets: tickets.listTickets,
  getTicket: tickets.getTicket,
  urgeTicket: actions.urgeTicket,
  rateTicket: actions.rateTicket,
  reopenTicket: actions.reopenTicket,
  supportTicket: actions.supportTicket,
  workbenchSummary: workbench.workbenchSummary,
  workbenchTickets: workbench.workbenchTickets,
  workbenchTicket: workbench.workbenchTicket,
  mergeCandidates: workbench.mergeCandidates,
  acceptTicket: workbench.acceptTicket,
  rejectTicket: workbench.rejectTicket,
  mergeTicket: workbench.mergeTicket,
  dispatchTicket: workbench.dispatchTicket,
  resolveTicket: workbench.resolveTicket,
  notifications: notifications.notifications,
  unreadCount: notifications.unreadCount,
  markRead: notifications.markRead,
  applyMerchant: points.applyMerchant,
  listActivities: volunteer.listActivities,
  getActivity: volunteer.getActivity,
  signUpActivity: volunteer.signUpActivity,
  cancelSignup: volunteer.cancelSignup,
  checkIn: volunteer.checkIn,
  checkOut: volunteer.checkOut,
  myActivities: volunteer.myActivities,
  pointsAccount: points.pointsAccount,
  pointsLedger: points.pointsLedger,
  listRewards: points.listRewards,
  redeem: points.redeem,
  listRedemptions: points.listRedemptions,
  cancelRedemption: points.cancelRedemption,
  verifyVoucher: points.verifyVoucher,
  devUsers: dev.devUsers,
  devReset: dev.devReset,
  devClock: dev.devClock,
  devAdvanceClock: dev.devAdvanceClock,
  devFaults: dev.devFaults,
  devSeedTickets: dev.devSeedTickets,
  devActivityCodes: volunteer.devActivityCodes,
}
