import Taro from '@tarojs/taro'
import type { GeoPoint } from '@/contract'
import { wgs84ToGcj02 } from './coords'
import { readExifGps } from './exif'
import type { PickedImage } from './media'

export class LocationError extends Error {}

/**
 * The person's position in GCJ-02. weapp asks for gcj02 directly; H5's geolocation only
 * gives WGS-84 (Taro fails unless asked for it) and has no timeout of its own.
 */
export async function getCurrentPosition(): Promise<GeoPoint> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const res = await withTimeout(Taro.getLocation({ type: 'wgs84' }), 10_000)
      return wgs84ToGcj02(res.latitude, res.longitude)
    }
    const res = await Taro.getLocation({ type: 'gcj02' })
    return { lat: res.latitude, lng: res.longitude }
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? '')
    if (/deny|denied|auth|permission/i.test(msg)) {
      throw new LocationError('没有定位权限。请在设置中允许定位，或在下方选择所在社区')
    }
    throw new LocationError('暂时无法定位，请在下方选择所在社区')
  }
}

/** weapp only: WeChat's own map picker. H5 has no map service here (see README). */
export const canChooseOnMap = process.env.TARO_ENV === 'weapp'

export async function chooseOnMap(): Promise<{ point: GeoPoint; address: string } | null> {
  try {
    const r = await Taro.chooseLocation({})
    return { point: { lat: r.latitude, lng: r.longitude }, address: r.address || r.name }
  } catch {
    return null
  }
}

/** Where a photo was taken, from its EXIF GPS (converted to GCJ-02), if the camera wrote it. */
export async function readPhotoPosition(img: PickedImage): Promise<GeoPoint | null> {
  try {
    let bytes: Uint8Array
    if (img.file) {
      bytes = new Uint8Array(await img.file.slice(0, 256 * 1024).arrayBuffer())
    } else {
      const data = Taro.getFileSystemManager().readFileSync(img.path, undefined, 0, 256 * 1024)
      bytes = new Uint8Array(data as ArrayBuffer)
    }
    const gps = readExifGps(bytes)
    return gps ? wgs84ToGcj02(gps.lat, gps.lng) : null
  } catch {
    return null
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms)
    p.then(
      (v) => {
        clearTimeout(t)
        resolve(v)
      },
      (e) => {
        clearTimeout(t)
        reject(e)
      },
    )
  })
}
