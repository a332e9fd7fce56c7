/**
 * The contract's coordinates are GCJ-02 (what WeChat maps use); GPS, browser geolocation, photo
 * EXIF and GeoReport v2 speak WGS-84, about 500 m away in Zhengzhou. One conversion for the app
 * (src/platform/coords.ts) and the backend (Open311): forward by the published formula, back by
 * fixed-point iteration, to well under a centimetre in three or four steps.
 */
const A = 6378245.0
const EE = 0.006693421622965943

function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

export interface LatLng {
  lat: number
  lng: number
}

export function wgs84ToGcj02(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { ...p }
  let dLat = transformLat(p.lng - 105.0, p.lat - 35.0)
  let dLng = transformLng(p.lng - 105.0, p.lat - 35.0)
  const radLat = (p.lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: p.lat + dLat, lng: p.lng + dLng }
}

export function gcj02ToWgs84(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { ...p }
  let guess = { lat: p.lat, lng: p.lng }
  for (let i = 0; i < 6; i++) {
    const there = wgs84ToGcj02(guess)
    guess = { lat: guess.lat + (p.lat - there.lat), lng: guess.lng + (p.lng - there.lng) }
  }
  return guess
}

/** six decimals: about 0.1 m, what GPS gives anyway */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6
}
