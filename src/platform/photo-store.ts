import Taro from '@tarojs/taro'
import { del, get, set } from 'idb-keyval'

/**
 * Keeps a draft's photos across the app being killed. Temporary paths die with the app:
 * weapp saves the file under USER_DATA_PATH; H5 keeps the Blob in IndexedDB (localStorage
 * must never hold image bytes) and hands out a fresh blob: URL after a reload.
 */
const PREFIX = 'ssp-draft-photo:'

export interface StoredPhoto {
  path: string
  blob?: Blob
}

export async function savePhoto(id: string, photo: StoredPhoto): Promise<StoredPhoto> {
  if (process.env.TARO_ENV === 'h5') {
    if (photo.blob) await set(PREFIX + id, photo.blob)
    return photo
  }
  const target = `${Taro.env.USER_DATA_PATH}/${PREFIX.replace(':', '-')}${id}.jpg`
  try {
    if (photo.path !== target) Taro.getFileSystemManager().copyFileSync(photo.path, target)
    return { path: target }
  } catch {
    // the phone's space for user files is full: the photo still goes with the report from its
    // temporary file; only a draft restored after the app was killed loses it (and says so)
    return photo
  }
}

export async function loadPhoto(id: string, path: string): Promise<StoredPhoto | null> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = await get<Blob>(PREFIX + id).catch(() => undefined)
    return blob ? { path: URL.createObjectURL(blob), blob } : null
  }
  try {
    Taro.getFileSystemManager().accessSync(path)
    return { path }
  } catch {
    return null
  }
}

export async function deletePhoto(id: string, path: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    await del(PREFIX + id).catch(() => undefined)
    return
  }
  try {
    Taro.getFileSystemManager().unlinkSync(path)
  } catch {
    // already gone
  }
}
