import Taro from '@tarojs/taro'

export type PreviewPhotos = { current: string; urls: string[] }

/** Taro's photo viewer (./preview-image says why it is a module of its own). */
export default function previewWithTaro(photos: PreviewPhotos): Promise<unknown> {
  return Taro.previewImage(photos)
}
