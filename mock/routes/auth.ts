import type { Api } from '../../src/contract'
import { formatIso } from '../clock'
import { notFound, validationFailed } from '../errors'
import { signedIn, type Routes } from '../route-types'
import { DEFAULT_USER_ID, findCommunity } from '../seed'
import { issueToken } from '../sessions'
import { toPublicUser } from '../users'

const DEV_CODE = /^dev:(.+)$/

export const routes = {
  /** `dev:<userId>` signs in as that seeded user; any other code (Taro.login, H5) as the first resident. */
  login: ({ body, store, clock }) => {
    const devId = DEV_CODE.exec(body.code)?.[1]
    const user = store.findUser(devId ?? DEFAULT_USER_ID)
    if (!user) throw validationFailed({ code: '没有这个测试用户' })
    const { token, expiresAt } = issueToken(store, clock, user.id)
    return { token, expiresAt: formatIso(expiresAt), user: toPublicUser(user) }
  },

  me: (ctx) => toPublicUser(signedIn(ctx)),

  patchMe: (ctx) => {
    const user = signedIn(ctx)
    const { nickname, communityId } = ctx.body
    if (communityId !== undefined && !findCommunity(communityId)) throw notFound('没有这个社区')
    if (nickname !== undefined) user.nickname = nickname
    if (communityId !== undefined) user.communityId = communityId
    return toPublicUser(user)
  },
} satisfies Partial<Routes<Api>>
