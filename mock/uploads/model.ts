import { z } from 'zod'

export const ImageMime = z.enum(['image/jpeg', 'image/png', 'image/webp'])
export type ImageMime = z.infer<typeof ImageMime>

/** What the store keeps of an upload: metadata only. The bytes live in memory (Store.blobs). */
export const StoredUpload = z.object({
  id: z.string(),
  ownerId: z.string(),
  mime: ImageMime,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  createdAt: z.number(),
})
export type StoredUpload = z.infer<typeof StoredUpload>
