import { UploadedImage } from '@/contract/uploads'
import { loginForUpload, parseFailure } from './client'
import { apiConfig } from './config'
import { ApiError } from './errors'
import { ensureSession, getSession, setSession } from './session'

/** Uploads one photo with progress; logs in again once if the token has expired. */
export async function uploadPhoto(
  photo: { path: string; name: string },
  onProgress: (percent: number) => void,
): Promise<UploadedImage> {
  await apiConfig.ready
  for (let attempt = 0; ; attempt++) {
    const session = await ensureSession(loginForUpload)
    const res = await apiConfig.uploader({
      baseUrl: apiConfig.baseUrl,
      filePath: photo.path,
      name: photo.name,
      headers: { authorization: `Bearer ${session.token}` },
      onProgress,
    })
    if (res.status >= 200 && res.status < 300) {
      const parsed = UploadedImage.safeParse(res.data)
      if (parsed.success) return parsed.data
      throw new ApiError({ code: 'BAD_RESPONSE', status: res.status })
    }
    const error = parseFailure(res)
    if (error.code === 'UNAUTHENTICATED' && attempt === 0) {
      if (getSession()?.token === session.token) setSession(null)
      continue
    }
    throw error
  }
}
