import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { apiConfig, call, configureApi, setSession } from '@/api'
import { compressPhoto, NotAnImageError } from '@/platform/image'
import { pickImages } from '@/platform/media'
import WorkbenchTicketPage from '@/packages/workbench/pages/ticket/index'
import { installFetchUploader, makeJpeg, passThrough, picked } from '../utils/photos'
import { renderPage } from '../utils/render'
import { openWith } from '../utils/tickets'
import { actAsGridWorker } from '../utils/workbench'

jest.mock('@/platform/media', () => ({ pickImages: jest.fn() }))
jest.mock('@/platform/image', () => ({ ...jest.requireActual('@/platform/image'), compressPhoto: jest.fn() }))

const pick = pickImages as jest.MockedFunction<typeof pickImages>
const compress = compressPhoto as jest.MockedFunction<typeof compressPhoto>
const ACCEPTED = 't-0003'
const NOTE = '已用沥青把坑补平，压实后恢复通行'

let fetchUploader: typeof apiConfig.uploader
beforeAll(() => {
  installFetchUploader()
  fetchUploader = apiConfig.uploader
})
beforeEach(() => {
  compress.mockImplementation(async (img) => passThrough(img))
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => {
  configureApi({ uploader: fetchUploader })
  jest.restoreAllMocks()
  setSession(null)
})

async function openResolve() {
  await actAsGridWorker()
  openWith({ id: ACCEPTED })
  renderPage(<WorkbenchTicketPage />)
  fireEvent.click(await screen.findByText('现场办结'))
  fireEvent.change(document.querySelector('.resolve-form textarea')!, { target: { value: NOTE } })
}

describe('现场办结 with a photo', () => {
  it('uploads the photo with progress, then resolves: the note and the photo are on the timeline', async () => {
    await openResolve()
    pick.mockResolvedValueOnce({ images: [picked('fixed.jpg', makeJpeg())], refused: [] })
    fireEvent.click(screen.getByText('＋'))
    expect(await screen.findByText('已上传', {}, { timeout: 3000 })).toBeTruthy()
    expect(screen.getByText('处理后照片（1/9）')).toBeTruthy()
    fireEvent.click(screen.getByText('确认办结'))

    await waitFor(() =>
      expect(document.querySelector('.ticket-overview .status-badge')?.textContent).toBe('已办结'),
    )
    expect(document.querySelector('.timeline__title')?.textContent).toBe('处理完成')
    expect(screen.getByText(NOTE)).toBeTruthy()
    expect(screen.getByLabelText('处理完成照片 1')).toBeTruthy()
    expect(screen.getByText('已办结，等待居民评价。')).toBeTruthy()
    const t = await call(api.workbenchTicket, { params: { id: ACCEPTED } })
    expect(t.status).toBe('resolved')
    expect(t.timeline.at(-1)?.photos).toHaveLength(1)
  })

  it('waits for a photo still uploading, and names a file that is not a photo', async () => {
    compress.mockImplementation(async (img) => {
      if (img.name === 'notes.txt') throw new NotAnImageError(img.name)
      return passThrough(img)
    })
    await openResolve()
    // hold the upload at 40 % until the test lets it go: the form must not send a photo not yet there
    let finish: () => void = () => undefined
    const held = new Promise<void>((r) => (finish = r))
    configureApi({
      uploader: async (req) => {
        req.onProgress(40)
        await held
        return fetchUploader(req)
      },
    })
    pick.mockResolvedValueOnce({
      images: [picked('notes.txt', new TextEncoder().encode('hello')), picked('fixed.jpg', makeJpeg())],
      refused: [],
    })
    fireEvent.click(screen.getByText('＋'))
    expect(await screen.findByText('“notes.txt”不是图片，无法上传')).toBeTruthy()
    expect(await screen.findByText('40%')).toBeTruthy()
    fireEvent.click(screen.getByText('确认办结'))
    expect(screen.getByText('照片还在上传，请稍等')).toBeTruthy()
    finish()
    expect(await screen.findByText('已上传')).toBeTruthy()
  })

  it('shows an upload the server refused on its photo, with 重试 and a clear reason to submit', async () => {
    await openResolve()
    pick.mockResolvedValueOnce({
      images: [picked('fake.jpg', new TextEncoder().encode('not a jpeg'))],
      refused: [],
    })
    fireEvent.click(screen.getByText('＋'))
    expect(await screen.findByText('上传失败')).toBeTruthy()
    expect(screen.getByText('点此重试')).toBeTruthy()
    fireEvent.click(screen.getByText('确认办结'))
    expect(screen.getByText('有照片上传失败，请点照片重试或删除')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('删除照片 1'))
    fireEvent.click(screen.getByText('确认办结'))
    expect(screen.getByText('请至少拍一张处理后的照片')).toBeTruthy()
  })
})
