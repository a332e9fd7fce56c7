import Taro from '@tarojs/taro'
import { endpoints as api } from '@/contract/uploads'
import { isOnline } from '@/platform/network'
import { ApiError } from './errors'
import { buildUrl, type TransportResponse } from './transport'

export interface UploadRequest {
  baseUrl: string
  /** a path uploadFile can read: blob: URL on H5, a local file on weapp */
  filePath: string
  name: string
  headers: Record<string, string>
  onProgress: (percent: number) => void
}

/** Sends one file as multipart `file`; resolves with the raw answer. */
export type Uploader = (req: UploadRequest) => Promise<TransportResponse>

const UPLOAD_TIMEOUT_MS = 60_000

export const taroUploader: Uploader = (req) =>
  new Promise((resolve, reject) => {
    const lost = () => reject(new ApiError({ code: 'NETWORK', message: '没有网络，照片暂未上传' }))
    if (!isOnline()) return lost()
    const task = Taro.uploadFile({
      url: buildUrl(req.baseUrl, api.upload.path, {}),
      filePath: req.filePath,
      name: 'file',
      header: req.headers,
      fileName: req.name,
      // without a timeout a connection that dies mid-upload leaves the photo at its last percent
      timeout: UPLOAD_TIMEOUT_MS,
      success: (res) => {
        let data: unknown = res.data
        try {
          data = JSON.parse(res.data)
        } catch {
          // left as text: reported as BAD_RESPONSE below
        }
        resolve({ status: res.statusCode, headers: {}, data })
      },
      fail: () => reject(new ApiError({ code: 'NETWORK', message: '照片上传失败，请检查网络后重试' })),
    } as Taro.uploadFile.Option)
    task?.onProgressUpdate?.((p) => req.onProgress(p.progress))
  })
