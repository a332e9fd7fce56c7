import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from './coords'

/** A sampled position in GCJ-02, with when it was taken (epoch ms). */
export interface TrackSample {
  lat: number
  lng: number
  at: number
}

export interface TrackWatch {
  stop: () => void
}

/**
 * Position sampling while a patrol runs, in the foreground. weapp: startLocationUpdate +
 * onLocationChange (GCJ-02 from WeChat); H5: watchPosition, converted from WGS-84 the way
 * coords.ts does for every other H5 position. `onError` gets a sentence a person can act on.
 */
export function watchTrack(
  onSample: (s: TrackSample) => void,
  onError: (message: string) => void,
): TrackWatch {
  if (process.env.TARO_ENV === 'h5') {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      onError('这台设备不能定位，轨迹不会记录，发现的问题仍可以上报')
      return { stop: () => undefined }
    }
    const id = navigator.geolocation.watchPosition(
      (p) =>
        onSample({ ...wgs84ToGcj02(p.coords.latitude, p.coords.longitude), at: p.timestamp || Date.now() }),
      (e) => onError(e.code === 1 ? '没有定位权限，请在设置中允许定位' : '暂时无法定位，走到空旷处会好一些'),
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 20_000 },
    )
    return { stop: () => navigator.geolocation.clearWatch(id) }
  }
  const listener = (r: { latitude: number; longitude: number }) =>
    onSample({ lat: r.latitude, lng: r.longitude, at: Date.now() })
  Taro.startLocationUpdate({
    type: 'gcj02',
    fail: () => onError('没有定位权限，请在设置中允许使用位置信息'),
  } as Parameters<typeof Taro.startLocationUpdate>[0])
  Taro.onLocationChange(listener)
  return {
    stop: () => {
      Taro.offLocationChange(listener)
      void Taro.stopLocationUpdate({})
    },
  }
}
