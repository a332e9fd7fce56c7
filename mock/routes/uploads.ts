import type { Api } from '../../src/contract'
import { signedIn, type Routes } from '../route-types'
import { servedPhotoUrl } from '../tickets/photos'
import { saveUpload } from '../uploads/service'

export const routes = {
  /** POST /uploads: the bindings turn multipart/form-data into `{ file: { name, bytes } }`. */
  upload: (ctx) => {
    const user = signedIn(ctx)
    const saved = saveUpload(ctx.store, user.id, ctx.body.file.bytes, ctx.clock.now())
    return {
      id: saved.id,
      url: servedPhotoUrl(saved.id, ctx.clock.now()),
      width: saved.width,
      height: saved.height,
      bytes: saved.bytes,
    }
  },
} satisfies Partial<Routes<Api>>
