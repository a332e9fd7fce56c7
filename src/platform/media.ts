import Taro from '@tarojs/taro'

export interface PickedImage {
  /** a path an <Image> can show and uploadFile can send: blob: URL on H5, temp path on weapp */
  path: string
  name: string
  size: number
  /** H5 only: the file itself */
  file?: Blob
}

export interface PickResult {
  images: PickedImage[]
  /** names of files that could not be taken (not images, or over the count) */
  refused: { name: string; reason: string }[]
}

/**
 * Lets the person choose up to `max` more photos from the camera or album; `cap` is the
 * report's whole limit, the number a refused file is told about.
 * H5 uses its own file input: Taro's H5 chooseMedia drops files it cannot decode without
 * saying which, and ignores the count.
 */
export async function pickImages(max: number, cap = max): Promise<PickResult> {
  if (max <= 0) return { images: [], refused: [] }
  if (process.env.TARO_ENV === 'h5') return pickImagesH5(max, cap)
  const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['album', 'camera'] })
  const images = res.tempFiles.slice(0, max).map((f, i) => ({
    path: f.tempFilePath,
    name: `照片${i + 1}`,
    size: f.size,
  }))
  return { images, refused: [] }
}

function pickImagesH5(max: number, cap: number): Promise<PickResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = max > 1
    input.style.display = 'none'
    input.setAttribute('data-testid', 'photo-input')
    document.body.appendChild(input)
    const done = (files: File[]) => {
      input.remove()
      const refused: PickResult['refused'] = []
      const images: PickedImage[] = []
      for (const f of files) {
        if (images.length >= max) refused.push({ name: f.name, reason: `未添加：每次上报最多 ${cap} 张` })
        else images.push({ path: URL.createObjectURL(f), name: f.name, size: f.size, file: f })
      }
      resolve({ images, refused })
    }
    input.addEventListener('change', () => done(Array.from(input.files ?? [])))
    input.addEventListener('cancel', () => done([]))
    input.click()
  })
}
