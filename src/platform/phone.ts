import Taro from '@tarojs/taro'

/**
 * Calls a number in one tap. weapp: WeChat's own call sheet. H5: a tel: link, which the phone's
 * dialer opens (a desktop browser offers its calling app, or nothing).
 */
export async function callPhone(phoneNumber: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    window.location.href = `tel:${phoneNumber}`
    return true
  }
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return true
  } catch {
    // the person closed the sheet: nothing to report
    return false
  }
}
