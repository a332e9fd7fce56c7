import { Phone } from '@/contract'
import { Description, type CreateTicketBody } from '@/contract/tickets'
import { ApiError, errorMessage } from '@/api'
import type { ReportDraft } from './draft'

export type Field = 'photos' | 'location' | 'category' | 'description' | 'contactPhone'
export type FieldErrors = Partial<Record<Field | 'form', string>>

/** Checked before sending, with the contract's own rules where it has them. */
export function validateDraft(d: ReportDraft, uploads: { pending: boolean; failed: boolean }): FieldErrors {
  const errors: FieldErrors = {}
  if (d.photos.length === 0) errors.photos = '请至少拍一张照片'
  else if (uploads.failed) errors.photos = '有照片上传失败，请点照片重试或删除'
  else if (uploads.pending) errors.photos = '照片还在上传，请稍候'
  if (!d.location) errors.location = '请选择问题地点'
  else if (!d.location.inServiceArea) errors.location = OUT_OF_AREA
  else if (d.location.address.trim().length < 2) errors.location = '请填写详细地址'
  if (!d.categoryId) errors.category = '请选择问题类别'
  const desc = Description.safeParse(d.description)
  if (!desc.success) errors.description = desc.error.issues[0].message
  if (d.contactPhone.trim() && !Phone.safeParse(d.contactPhone.trim()).success) {
    errors.contactPhone = '请输入 11 位手机号，或留空'
  }
  return errors
}

const ORDER: Field[] = ['photos', 'location', 'category', 'description', 'contactPhone']

/** The first field with a problem, top to bottom as the form shows them. */
export function firstProblem(errors: FieldErrors): Field | undefined {
  return ORDER.find((f) => errors[f])
}

/** The section titles, as the form shows them: the submit bar names the first one to fix. */
export const FIELD_TITLES: Record<Field, string> = {
  photos: '现场照片',
  location: '问题地点',
  category: '问题类别',
  description: '问题描述',
  contactPhone: '联系电话',
}

/** Said once, by the location section, with a way out (选择社区). */
export const OUT_OF_AREA = '该位置不在服务范围内，暂时无法受理'

export function toBody(d: ReportDraft): CreateTicketBody {
  const phone = d.contactPhone.trim()
  return {
    photos: d.photos.map((p) => p.uploaded?.id ?? ''),
    location: d.location!.point,
    address: d.location!.address.trim(),
    categoryId: d.categoryId!,
    description: d.description.trim(),
    anonymous: d.anonymous,
    ...(phone ? { contactPhone: phone } : {}),
  }
}

const FIELD_OF_PATH: [RegExp, Field][] = [
  [/^photos/, 'photos'],
  [/^(location|address)/, 'location'],
  [/^categoryId/, 'category'],
  [/^description/, 'description'],
  [/^contactPhone/, 'contactPhone'],
]

/** The server's verdict, put on the fields it names; anything else goes above the button. */
export function errorsFromServer(e: unknown): FieldErrors {
  if (!(e instanceof ApiError)) return { form: errorMessage(e) }
  if (e.code === 'OUT_OF_SERVICE_AREA') return { location: e.message }
  const errors: FieldErrors = {}
  for (const [path, message] of Object.entries(e.fields)) {
    const field = FIELD_OF_PATH.find(([re]) => re.test(path))?.[1]
    if (field && !errors[field]) errors[field] = message
  }
  if (Object.keys(errors).length === 0) {
    errors.form = e.transient ? `${e.message}。草稿已保存，可稍后重试` : e.message
  }
  return errors
}
