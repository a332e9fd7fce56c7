import type { PhotoSpec } from './wechat.mjs'

export function makeJpeg(spec: PhotoSpec): Uint8Array
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null
