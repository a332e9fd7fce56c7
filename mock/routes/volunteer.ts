import type { Api } from '../../src/contract'
import { formatIso } from '../clock'
import { settleAll } from '../points/settle'
import { signedIn, type RouteContext, type Routes, type RouteServices } from '../route-types'
import { recordAttendance, type AttendanceKind } from '../volunteer/attendance'
import { checkinOpensAt, checkoutClosesAt } from '../volunteer/phase'
import { activityCounts, listActivities as list, myActivities as mine } from '../volunteer/queries'
import { findActivity, volunteerOf } from '../volunteer/repo'
import { cancelSignup as cancelCommand, signUp } from '../volunteer/signup'
import { toActivity } from '../volunteer/views'
import { joinWaitlist, leaveWaitlist } from '../volunteer/waitlist'

/** Clock-driven steps (forgotten check-outs paid, expiries) first, then the detail as it now stands. */
function settled(ctx: RouteServices): number {
  const now = ctx.clock.now()
  settleAll(ctx.store, now)
  return now
}

function detail(ctx: RouteServices, id: string) {
  const now = settled(ctx)
  return toActivity(ctx.store, findActivity(ctx.store, id), signedIn(ctx), now)
}

/** Runs a command on the activity in the path, then answers the activity as the person now sees it. */
async function commandOn(ctx: RouteServices & { params: { id: string } }, command: () => Promise<void>) {
  await command()
  return detail(ctx, ctx.params.id)
}

/** 签到 or 签退 with the code in the body. */
function attend(ctx: RouteContext<Api['checkIn']>, kind: AttendanceKind) {
  return commandOn(ctx, () =>
    recordAttendance(kind, ctx.store, signedIn(ctx).id, ctx.params.id, ctx.body.code, ctx.clock.now),
  )
}

export const routes = {
  listActivities: (ctx) => list(ctx.store, signedIn(ctx), ctx.query, settled(ctx)),

  getActivity: (ctx) => detail(ctx, ctx.params.id),

  signUpActivity: (ctx) =>
    commandOn(ctx, () => signUp(ctx.store, signedIn(ctx), ctx.params.id, ctx.clock.now)),

  cancelSignup: (ctx) =>
    commandOn(ctx, () => cancelCommand(ctx.store, signedIn(ctx).id, ctx.params.id, ctx.clock.now)),

  joinWaitlist: (ctx) =>
    commandOn(ctx, () => joinWaitlist(ctx.store, signedIn(ctx), ctx.params.id, ctx.clock.now)),

  leaveWaitlist: (ctx) =>
    commandOn(ctx, () => leaveWaitlist(ctx.store, signedIn(ctx).id, ctx.params.id, ctx.clock.now)),

  checkIn: (ctx) => attend(ctx, 'checkin'),

  checkOut: (ctx) => attend(ctx, 'checkout'),

  activityCounts: (ctx) => {
    const now = settled(ctx)
    return activityCounts(ctx.store, signedIn(ctx), now)
  },

  myActivities: (ctx) => mine(ctx.store, signedIn(ctx).id, ctx.query, settled(ctx)),

  /** Mock only: every activity's code and windows, for the developer panel and H5 code entry. */
  devActivityCodes: ({ store }) => ({
    items: [...volunteerOf(store).activities]
      .sort((a, b) => a.startAt - b.startAt)
      .map((a) => ({
        activityId: a.id,
        title: a.title,
        code: a.code,
        startAt: formatIso(a.startAt),
        endAt: formatIso(a.endAt),
        checkinOpensAt: formatIso(checkinOpensAt(a)),
        checkoutClosesAt: formatIso(checkoutClosesAt(a)),
      })),
  }),
} satisfies Partial<Routes<Api>>
