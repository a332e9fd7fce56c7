import jpeg from 'jpeg-js'

let cached: Uint8Array | null = null

/** A real 24 × 16 JPEG (servers decide the type by the bytes, and may read its size). */
export function tinyJpeg(): Uint8Array {
  if (!cached) {
    const width = 24
    const height = 16
    const data = Buffer.alloc(width * height * 4)
    for (let i = 0; i < data.length; i++) data[i] = (i * 29 + (i >> 6)) & 0xff
    cached = new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
  }
  return cached
}
