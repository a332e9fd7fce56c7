import type { FileSystem } from './wechat.mjs'

export const USER_DATA_PATH: string
export const DEFAULT_USER_QUOTA: number
export function createFileSystem(): FileSystem
