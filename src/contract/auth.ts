import { z } from 'zod'
import { Text } from './text'
import { ALL_ROLES, get, patch, post } from './endpoint'
import { Id, IsoDateTime, MaskedPhone, Role } from './common'

export const Merchant = z.object({
  shopName: z.string(),
  verified: z.boolean(),
})

export const User = z.object({
  id: Id,
  role: Role,
  nickname: z.string(),
  /** always masked: 138****1234 */
  phone: MaskedPhone.nullable(),
  communityId: Id.nullable(),
  /** the grid a grid worker is responsible for */
  gridId: Id.nullable(),
  merchant: Merchant.nullable(),
})
export type User = z.infer<typeof User>

export const LoginBody = z.object({
  /** from Taro.login on weapp; a local dev code on H5; `dev:<userId>` in mock builds */
  code: Text({ required: '登录凭证不能为空', min: 1, max: 128, tooLong: '登录凭证过长' }),
})

export const Session = z.object({
  token: z.string().min(16),
  expiresAt: IsoDateTime,
  user: User,
})
export type Session = z.infer<typeof Session>

export const PatchMeBody = z
  .object({
    nickname: Text({ required: '昵称不能为空', min: 1, max: 20, tooLong: '昵称最多 20 个字' }),
    communityId: Id,
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '没有要修改的内容')

export const endpoints = {
  login: post('/auth/login', {
    summary: '登录（微信 code 换取令牌）',
    access: 'public',
    body: LoginBody,
    response: Session,
  }),

  me: get('/me', {
    summary: '当前用户',
    access: ALL_ROLES,
    response: User,
  }),

  patchMe: patch('/me', {
    summary: '修改昵称或所在社区',
    access: ALL_ROLES,
    body: PatchMeBody,
    response: User,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }),
}
