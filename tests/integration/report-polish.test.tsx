import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call, startSession } from '@/api'
import { sendQueuedReports } from '@/features/report/outbox'
import { QueuedReports } from '@/features/report/queued-reports'
import { useOutboxSender } from '@/features/report/use-outbox'
import { pickImages } from '@/platform/media'
import ReportPage from '@/pages/report/index'
import { renderPage } from '../utils/render'
import { makeJpeg, picked } from '../utils/photos'
import { addPhoto, chooseChuangyeLu, setUpReportPage, typeDescription } from '../utils/report-form'

jest.mock('@/platform/media', () => ({ pickImages: jest.fn() }))
jest.mock('@/platform/image', () => ({ ...jest.requireActual('@/platform/image'), compressPhoto: jest.fn() }))

const pick = pickImages as jest.MockedFunction<typeof pickImages>
const DESCRIPTION = '棉纺路东口的下水道井盖翘起来了，晚上看不清容易绊倒'

setUpReportPage()
beforeEach(() => {
  jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' })
})

/** The browser says the network is gone (or back), as navigator.onLine and its events do. */
function network(online: boolean) {
  jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(online)
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

async function fillForm() {
  await addPhoto('cover.jpg')
  await chooseChuangyeLu()
  fireEvent.click(await screen.findByText('线杆倾斜断裂'))
  typeDescription(DESCRIPTION)
}

/** What the app mounts once: sends queued reports when the network returns. */
function Sender() {
  useOutboxSender()
  return null
}

async function mine() {
  return (await call(api.listTickets, { query: { scope: 'mine', limit: 50 } })).items
}

describe('上报 form', () => {
  it('an empty submit scrolls to the first problem and names it in the submit bar', async () => {
    renderPage(<ReportPage />)
    fireEvent.click(await screen.findByText('提交上报'))
    expect(await screen.findByText('请先完成“现场照片”')).toBeTruthy()
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#report-photos' }))
    expect(screen.getByText('请至少拍一张照片')).toBeTruthy()
  })

  it('tells a refused extra photo the report’s real cap, not what was left', async () => {
    renderPage(<ReportPage />)
    pick.mockResolvedValueOnce({ images: [picked('a.jpg', makeJpeg())], refused: [] })
    fireEvent.click(await screen.findByText('＋'))
    await screen.findByText('已上传', {}, { timeout: 3000 })
    pick.mockResolvedValueOnce({ images: [], refused: [] })
    fireEvent.click(screen.getByLabelText(/添加照片/))
    // the picker is told 8 more of 9: a file over that hears “最多 9 张”, never “最多 8 张”
    await waitFor(() => expect(pick).toHaveBeenLastCalledWith(8, 9))
  })

  it('offline, a submit is queued as 待发送 and filed once when the network returns', async () => {
    await startSession()
    const before = (await mine()).length
    renderPage(<ReportPage />)
    await fillForm()
    network(false)
    expect(await screen.findByText('网络不可用')).toBeTruthy()
    fireEvent.click(screen.getByText('提交上报'))
    expect(await screen.findByText('网络恢复后将自动提交，可在“我的上报”查看')).toBeTruthy()
    expect(screen.queryByText('正在提交…')).toBeNull()
    // the form is empty again, the report waits on the device
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('')
    const queued = renderPage(<QueuedReports />)
    expect(within(queued.container).getByText('待发送')).toBeTruthy()
    expect(within(queued.container).getByText(DESCRIPTION)).toBeTruthy()

    renderPage(<Sender />)
    network(true)
    await waitFor(() => expect(within(queued.container).queryByText('待发送')).toBeNull(), { timeout: 5000 })
    // once the run that filed it is over, another (a next launch) finds nothing left to send
    await sendQueuedReports()
    expect(await sendQueuedReports()).toBe(0)
    const filed = (await mine()).filter((t) => t.excerpt.startsWith(DESCRIPTION.slice(0, 10)))
    expect(filed).toHaveLength(1)
    expect((await mine()).length).toBe(before + 1)
  }, 30_000)
})
