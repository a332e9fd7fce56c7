import * as auth from './auth'
import * as reference from './reference'
import * as uploads from './uploads'
import * as tickets from './tickets'
import * as dev from './dev'
import * as volunteer from './volunteer'
import * as points from './points'
import * as merchant from './merchant'
import * as workbench from './workbench'
import * as notifications from './notifications'

export * from './common'
export * from './endpoint'
export * from './wire'
export { User, Session, Merchant } from './auth'
export { CategoryGroup, LeafCategory, Department, Community, ReverseGeo } from './reference'
export { DevUser, FaultKind } from './dev'
export { MAX_UPLOAD_BYTES, PHOTO_MAX_EDGE, PHOTO_TARGET_BYTES, UploadedImage, UploadForm } from './uploads'
export {
  ActorRole,
  CreateTicketBody,
  Description,
  ListQuery,
  NearbyQuery,
  Photo,
  RatingBody,
  ReopenBody,
  StatusFilter,
  Ticket,
  TicketEventKind,
  TicketStatus,
  TicketSummary,
  TimelineEvent,
} from './tickets'
export {
  Activity,
  ActivityAudience,
  ActivityStatus,
  ActivitySummary,
  Participation,
  ParticipationStatus,
} from './volunteer'
export {
  LedgerEntry,
  LedgerReason,
  PointsAccount,
  RedeemBody,
  Redemption,
  Reward,
  Shop,
  VerifiedRedemption,
  VoucherStatus,
} from './points'
export {
  LicenceNumber,
  MerchantApplicationBody,
  MerchantVerification,
  ShopProfile,
  usccCheckChar,
} from './merchant'
export * from './points-rules'
export { DevActivityCode } from './dev'
export {
  DispatchBody,
  DispatchPreview,
  MergeBody,
  MergeCandidate,
  RejectBody,
  ResolveBody,
  WorkbenchFilter,
  WorkbenchItem,
  WorkbenchQuery,
  WorkbenchSummary,
  WorkbenchTicket,
} from './workbench'
export { MarkReadBody, Notification, NotificationKind, UnreadCount } from './notifications'

/** Every endpoint of the contract, by a stable id. */
export const api = {
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
  urgeTicket: tickets.urgeTicket,
  rateTicket: tickets.rateTicket,
  reopenTicket: tickets.reopenTicket,
  supportTicket: tickets.supportTicket,
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
  applyMerchant: merchant.applyMerchant,
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
  devActivityCodes: dev.devActivityCodes,
} as const

export type Api = typeof api
export type EndpointId = keyof Api
export * from './labels'
