import Taro from '@tarojs/taro'

/**
 * Whether the camera can read a QR code here. WeChat can; on H5 Taro's scanCode needs the
 * WeChat JS-SDK, and its stub resolves silently in production builds, so H5 types the code.
 */
export function canScan(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/** Opens the camera for one QR code: what it holds, or null when the person closed the camera. */
export async function scanCode(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    const text = (res.result ?? '').trim()
    return text || null
  } catch {
    // "scanCode:fail cancel", or the camera was refused: the page offers typing the code instead
    return null
  }
}
