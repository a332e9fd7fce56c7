import { fireEvent, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { compressPhoto } from '@/platform/image'
import { pickImages } from '@/platform/media'
import { installFetchUploader, makeJpeg, passThrough, picked } from './photos'

/**
 * Hooks for a test file of the 上报 page. The file itself mocks pickImages ('@/platform/media')
 * and compressPhoto ('@/platform/image'), where jest hoists the mocks above its imports. Uploads
 * go through fetch, compression passes the photo through, storage starts empty, and navigation
 * and toasts are recorded instead of done.
 */
export function setUpReportPage(): void {
  beforeAll(() => installFetchUploader())
  beforeEach(() => {
    Taro.clearStorageSync()
    jest.mocked(compressPhoto).mockImplementation(async (img) => passThrough(img))
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })
  afterEach(() => jest.restoreAllMocks())
}

/** ＋ gives one photo named `name`; done when it shows 已上传. */
export async function addPhoto(name: string): Promise<void> {
  jest.mocked(pickImages).mockResolvedValueOnce({ images: [picked(name, makeJpeg())], refused: [] })
  fireEvent.click(screen.getByText('＋'))
  await screen.findByText('已上传', {}, { timeout: 3000 })
}

/** Chooses 创业路社区 as the place: done when the chosen place shows. */
export async function chooseChuangyeLu(): Promise<void> {
  fireEvent.click(screen.getByText('选择所在社区'))
  fireEvent.click(await screen.findByText('创业路社区'))
  await screen.findByText(/创业路社区 · /)
}

export function typeDescription(text: string): void {
  fireEvent.change(document.querySelector('textarea')!, { target: { value: text } })
}
