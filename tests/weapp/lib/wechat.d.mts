/** Types of lib/wechat.mjs for the jest tests of src/platform (tests/weapp/*.node.test.ts). */

export const USER_DATA_PATH: string
export const CAMERA_PHOTO: PhotoSpec
export const HERE_GCJ02: { latitude: number; longitude: number }
export const HERE_WGS84: { latitude: number; longitude: number }

export interface PhotoSpec {
  width: number
  height: number
  bytes?: number
  /** WGS-84, as a camera writes it into EXIF */
  gps?: { lat: number; lng: number }
}

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter'

export interface Answers {
  loginCode: string
  authSetting: Record<string, boolean>
  prompt: 'allow' | 'deny'
  systemLocation: 'on' | 'app-denied' | 'switched-off'
  location: { latitude: number; longitude: number }
  media: ('cancel' | { files: PhotoSpec[] })[]
  chosenLocation: 'cancel' | { name: string; address: string; latitude: number; longitude: number }
  scan: string
  /** per template id; or { errCode } for a refusal of the whole ask */
  subscribe: Record<string, SubscribeAnswer> | { errCode: number }
  modalConfirm: boolean
}

export interface WechatLog {
  requests: { url: string; method: string }[]
  toasts: string[]
  modals: { title: string; content: string }[]
  subscribeAsks: { tmplIds: string[]; inTap: boolean }[]
  calls: string[]
  clipboard: string[]
  previews: string[][]
  phoneCalls: string[]
  badges: Map<number, string>
  compressions: { src: string; quality: number; width: number; height: number; bytes: number }[]
  prompts: { scope: string; desc: string | null }[]
}

export interface FileSystem {
  state: { userQuota: number }
  files: Map<string, Uint8Array>
  addTemp(bytes: Uint8Array, ext?: string): string
  userFiles(): string[]
  dropTemp(): void
}

export interface Router {
  navigateTo(o: { url: string }): Promise<object>
  redirectTo(o: { url: string }): Promise<object>
  switchTab(o: { url: string }): Promise<object>
  reLaunch(o: { url: string }): Promise<object>
  navigateBack(o: { delta?: number }): Promise<object>
  isTabPageOnTop(): boolean
  onRoute(l: (r: object) => void): void
  offRoute(l: (r: object) => void): void
}

export function createWechat(o?: {
  appJson?: { requiredPrivateInfos?: string[]; permission?: Record<string, { desc: string }> }
  storage?: Map<string, unknown>
  fs?: FileSystem
  router?: Router
  isTapping?: () => boolean
}): {
  // the wx object: shaped by WeChat's documentation, not by a TypeScript declaration here
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  wx: Record<string, any>
  answers: Answers
  log: WechatLog
  fs: FileSystem
  storage: Map<string, unknown>
  /** the phone moved: onLocationChange listeners hear it */
  moveTo(p: { latitude: number; longitude: number }): void
}
