import { z } from 'zod'
import { ALL_ROLES, post } from './endpoint'
import { Id } from './common'

/** Uploads larger than this are refused with 413 PAYLOAD_TOO_LARGE. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
/** What the app aims for after compressing a photo on the device. */
export const PHOTO_TARGET_BYTES = 500 * 1024
export const PHOTO_MAX_EDGE = 1920

export const UploadedImage = z.object({
  id: Id,
  /** where the image can be displayed */
  url: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
})
export type UploadedImage = z.infer<typeof UploadedImage>

/**
 * The multipart form of POST /uploads as the mock router sees it: one `file` part.
 * Over HTTP this is `multipart/form-data` with a part named `file`; the type is decided
 * by the bytes (JPEG, PNG or WebP), never by the file name or the part's header.
 */
export const UploadForm = z.object({
  file: z.object({
    name: z.string().max(255),
    bytes: z.instanceof(Uint8Array, { message: '请选择要上传的图片' }),
  }),
})

export const endpoints = {
  upload: post('/uploads', {
    status: 201,
    summary: '上传一张图片（multipart/form-data，字段 file）',
    access: ALL_ROLES,
    body: UploadForm,
    response: UploadedImage,
    errors: ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA'],
  }),
}
