import type { PreviewPhotos } from './preview-image-taro'

/**
 * The full-screen photo viewer, opened at `current` among `urls`. On H5, Taro's viewer brings a
 * carousel along (Taro's swiper web component and the `swiper` library, 170 KB of script), which
 * every page showing a photo used to load with it; it now loads when a photo is first tapped. The
 * mini-program's viewer is WeChat's own and loads nothing.
 */
export function previewImage(photos: PreviewPhotos): Promise<unknown> {
  // a ternary on the build constant: the build drops the branch it does not take, with its import
  const viewer: Promise<typeof import('./preview-image-taro')> =
    process.env.TARO_ENV === 'h5'
      ? import('./preview-image-taro')
      : // eslint-disable-next-line @typescript-eslint/no-require-imports -- a mini-program loads no chunks after start
        Promise.resolve(require('./preview-image-taro') as typeof import('./preview-image-taro'))
  return viewer.then((m) => m.default(photos))
}
