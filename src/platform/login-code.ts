import Taro from '@tarojs/taro'
import { readJson, writeJson } from './storage'

const DEV_CODE_KEY = 'ssp:login-code'

/**
 * The code exchanged for a session. weapp: wx.login. H5 has no WeChat login (Taro's
 * H5 `login` is a stub), so it uses a local code. A code chosen in the developer panel
 * (`dev:<userId>`) wins on both, so a switched role survives a reload.
 */
export async function getLoginCode(): Promise<string> {
  const chosen = readJson<string>(DEV_CODE_KEY)
  if (chosen) return chosen
  if (process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login()
    return code
  }
  return 'h5-local'
}

export function setDevLoginCode(code: string): void {
  writeJson(DEV_CODE_KEY, code)
}
