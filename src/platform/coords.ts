import { round6, wgs84ToGcj02 as toGcj } from '@/contract/datum'

/**
 * A WGS-84 position (browser geolocation, photo EXIF) in the contract's GCJ-02, to six decimals.
 * In Zhengzhou the two differ by about 500 m, more than the duplicate radius, so every position
 * from a non-WeChat source goes through here.
 */
export function wgs84ToGcj02(lat: number, lng: number): { lat: number; lng: number } {
  const p = toGcj({ lat, lng })
  return { lat: round6(p.lat), lng: round6(p.lng) }
}
