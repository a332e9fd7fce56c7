import * as auth from './auth'
import * as reference from './reference'
import * as uploads from './uploads'
import * as tickets from './tickets'
import * as dev from './dev'
import * as volunteer from './volunteer'
import * as activityCounts from './activity-counts'
import * as points from './points'
import * as pointsAccount from './points-account'
import * as merchant from './merchant'
import * as merchantShop from './merchant-shop'
import * as workbench from './workbench'
import * as workbenchSummary from './workbench-summary'
import * as notifications from './notifications'
import * as home from './home'
import * as map from './map'
import * as workbenchStats from './workbench-stats'
import * as patrols from './patrols'

export * from './common'
export { Notice, PublicStats } from './home'
export * from './endpoint'
export * from './wire'
export * from './text'
export { User, Session, Merchant } from './auth'
export { CategoryGroup, LeafCategory, Department, Community, GeoAreas, ReverseGeo } from './reference'
export { BBox, MapPin, MAX_BBOX_SPAN_DEGREES, MAX_MAP_PINS, TicketMapQuery } from './map'
export { DevUser, FaultKind } from './dev'
export { MAX_UPLOAD_BYTES, PHOTO_MAX_EDGE, PHOTO_TARGET_BYTES, UploadedImage, UploadForm } from './uploads'
export {
  ActorRole,
  AddPhotosBody,
  CreateTicketBody,
  Description,
  ListQuery,
  MAX_ADDED_PHOTOS,
  NearbyQuery,
  Photo,
  RatingBody,
  ReopenBody,
  StatusFilter,
  Ticket,
  TicketEventKind,
  TicketListItem,
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
  RedeemBody,
  Redemption,
  Reward,
  Shop,
  VerifiedRedemption,
  VoucherStatus,
} from './points'
export { PointsAccount } from './points-account'
export {
  LicenceNumber,
  MerchantApplicationBody,
  MerchantVerification,
  ShopProfile,
  usccCheckChar,
} from './merchant'
export * from './points-rules'
export {
  MerchantReward,
  MerchantTotals,
  RedemptionDay,
  REWARD_PICTURES,
  RewardBody,
  RewardPicture,
  Statement,
  StatementLine,
  Tally,
  VoucherPreview,
} from './merchant-shop'
export { DevActivityCode } from './dev'
export {
  DispatchBody,
  DispatchPreview,
  MergeBody,
  MergeCandidate,
  RejectBody,
  ResolveBody,
  BatchAction,
  BatchBody,
  BatchResult,
  RecategorizeBody,
  SuperviseBody,
  WorkbenchFilter,
  WorkbenchItem,
  WorkbenchQuery,
  WorkbenchTicket,
} from './workbench'
export { WorkbenchSummary } from './workbench-summary'
export { IsoDate, StatsBucket, StatsQuery, WorkbenchStats } from './workbench-stats'
export { HazardBody, Patrol, PatrolPointsBody, PatrolSummary, TrackPoint } from './patrols'
export { MarkReadBody, Notification, NotificationKind, UnreadCount } from './notifications'

/**
 * Every endpoint of the contract, by a stable id: the domains' own groups, spread once. The
 * client's calls, the mock's route table (a missing handler is a type error there) and the
 * OpenAPI document are all derived from this map.
 */
export const api = {
  ...auth.endpoints,
  ...reference.endpoints,
  ...uploads.endpoints,
  ...tickets.endpoints,
  ...map.endpoints,
  ...workbenchSummary.endpoints,
  ...workbench.endpoints,
  ...workbenchStats.endpoints,
  ...patrols.endpoints,
  ...notifications.endpoints,
  ...home.endpoints,
  ...merchant.endpoints,
  ...merchantShop.endpoints,
  ...activityCounts.endpoints,
  ...volunteer.endpoints,
  ...pointsAccount.endpoints,
  ...points.endpoints,
  ...dev.endpoints,
} as const

export type Api = typeof api
export type EndpointId = keyof Api
export * from './labels'
