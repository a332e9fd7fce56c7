import { z } from 'zod'
import { Text } from './text'
import { post } from './endpoint'
import { IsoDateTime } from './common'
import { User } from './auth'

/** The 31 characters of a unified social credit code (GB 32100-2015): no I, O, S, V, Z. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/** The 18th character of a unified social credit code, from its first 17. */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i]
  return USCC_CHARS[(31 - (sum % 31)) % 31]
}

/** 统一社会信用代码: 18 characters with a check character, as printed on the business licence. */
export const LicenceNumber = z
  .string('请填写营业执照上的统一社会信用代码')
  .trim()
  .toUpperCase()
  .regex(USCC_SHAPE, '统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写')
  .refine((s) => usccCheckChar(s.slice(0, 17)) === s[17], '统一社会信用代码有误，请对照营业执照核对')

export const MerchantApplicationBody = z.object({
  shopName: Text({
    required: '请填写店铺名称',
    min: 2,
    tooShort: '店铺名称至少 2 个字',
    max: 30,
    tooLong: '店铺名称最多 30 个字',
  }),
  address: Text({
    required: '请填写店铺地址',
    min: 5,
    tooShort: '请把店铺地址写完整',
    max: 80,
    tooLong: '店铺地址最多 80 个字',
  }),
  licenceNo: LicenceNumber,
})
export type MerchantApplicationBody = z.infer<typeof MerchantApplicationBody>

export const ShopProfile = z.object({
  shopName: z.string(),
  address: z.string(),
  licenceNo: z.string(),
  verified: z.boolean(),
  verifiedAt: IsoDateTime.nullable(),
})
export type ShopProfile = z.infer<typeof ShopProfile>

export const MerchantVerification = z.object({
  /** the caller after verification: role `merchant`, merchant.verified true */
  user: User,
  shop: ShopProfile,
})
export type MerchantVerification = z.infer<typeof MerchantVerification>

export const endpoints = {
  applyMerchant: post('/me/merchant', {
    idempotent: true,
    summary: '我是商户：提交店铺名称、地址与营业执照号，核验通过即成为认证商户',
    access: ['resident', 'merchant'],
    body: MerchantApplicationBody,
    response: MerchantVerification,
    errors: ['VALIDATION_FAILED', 'CONFLICT'],
  }),
}
