import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { api } from '@/contract'
import { call, startSession } from '@/api'
import { compressPhoto, NotAnImageError } from '@/platform/image'
import { pickImages } from '@/platform/media'
import ReportPage from '@/pages/report/index'
import { mockServer } from '../setup/msw'
import { renderPage } from '../utils/render'
import { makeJpeg, passThrough, picked } from '../utils/photos'
import { addPhoto, chooseChuangyeLu, setUpReportPage, typeDescription } from '../utils/report-form'

jest.mock('@/platform/media', () => ({ pickImages: jest.fn() }))
jest.mock('@/platform/image', () => ({ ...jest.requireActual('@/platform/image'), compressPhoto: jest.fn() }))

const pick = pickImages as jest.MockedFunction<typeof pickImages>
const compress = compressPhoto as jest.MockedFunction<typeof compressPhoto>
const DESCRIPTION = '创业路与棉纺路交叉口的电线杆向人行道倾斜，很危险'

setUpReportPage()

async function fillForm() {
  await addPhoto('pole.jpg')
  await chooseChuangyeLu()
  fireEvent.click(await screen.findByText('线杆倾斜断裂'))
  expect(await screen.findByText(/^预计 .+内处理 · 供电公司$/)).toBeTruthy()
  typeDescription(DESCRIPTION)
}

async function myTickets() {
  return (await call(api.listTickets, { query: { scope: 'mine', limit: 50 } })).items
}

describe('上报', () => {
  it('files a report with photo, place, category and description, and opens it', async () => {
    renderPage(<ReportPage />)
    await fillForm()
    expect(screen.getByText(`${DESCRIPTION.length}/500`)).toBeTruthy()
    fireEvent.click(screen.getByText('提交上报'))
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled())
    const mine = await myTickets()
    const created = mine.find((t) => t.excerpt.startsWith('创业路与棉纺路'))
    expect(created?.status).toBe('submitted')
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/resident/pages/ticket/index?id=${created!.id}`,
    })
    expect(Taro.getStorageSync('ssp:report-draft')).toBe('')
  })

  it('says what is missing, in plain words, before sending anything', async () => {
    renderPage(<ReportPage />)
    fireEvent.click(await screen.findByText('提交上报'))
    for (const missing of ['请至少拍一张照片', '请选择问题地点', '请选择问题类别', '问题描述至少 5 个字'])
      expect(screen.getByText(missing)).toBeTruthy()
  })

  it('refuses a wrong phone number on its field', async () => {
    renderPage(<ReportPage />)
    await fillForm()
    fireEvent.input(screen.getByLabelText('联系电话'), { target: { value: '12345' } })
    fireEvent.click(screen.getByText('提交上报'))
    expect(await screen.findByText('请输入 11 位手机号，或留空')).toBeTruthy()
  })

  it('names a file that is not a photo, and keeps the others', async () => {
    compress.mockImplementation(async (img) => {
      if (img.name === 'not-an-image.jpg') throw new NotAnImageError(img.name)
      return passThrough(img)
    })
    renderPage(<ReportPage />)
    pick.mockResolvedValueOnce({
      images: [picked('not-an-image.jpg', new TextEncoder().encode('hello')), picked('pole.jpg', makeJpeg())],
      refused: [],
    })
    fireEvent.click(await screen.findByText('＋'))
    expect(await screen.findByText('“not-an-image.jpg”不是图片，无法上传')).toBeTruthy()
    expect(await screen.findByText('已上传')).toBeTruthy()
    expect(screen.getByText('现场照片（1/9）')).toBeTruthy()
  })

  it('shows the server’s refusal of a fake image on that photo, with retry', async () => {
    renderPage(<ReportPage />)
    // the device could not tell (no decoder check): the mock decides by the bytes
    pick.mockResolvedValueOnce({
      images: [picked('fake.jpg', new TextEncoder().encode('not a jpeg'))],
      refused: [],
    })
    fireEvent.click(await screen.findByText('＋'))
    // the tile says why in a word, the line under the photos in full
    expect(await screen.findByText('无法识别')).toBeTruthy()
    expect(screen.getByText(/^照片 1：/)).toBeTruthy()
    expect(screen.getByText('点此重试')).toBeTruthy()
    fireEvent.click(screen.getByText('提交上报'))
    expect(screen.getByText('有照片上传失败，请点照片重试或删除')).toBeTruthy()
  })

  it('restores a half-filled draft with its photo after the app is killed', async () => {
    const first = renderPage(<ReportPage />)
    await addPhoto('pole.jpg')
    fireEvent.change(document.querySelector('textarea')!, { target: { value: '井盖不见了' } })
    await waitFor(() => expect(String(Taro.getStorageSync('ssp:report-draft'))).toContain('井盖不见了'))
    first.unmount()

    renderPage(<ReportPage />)
    expect(await screen.findByText('已恢复上次未提交的草稿')).toBeTruthy()
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('井盖不见了')
    expect(screen.getByText('现场照片（1/9）')).toBeTruthy()
    expect(screen.getByText('已上传')).toBeTruthy()
  })

  it('keeps everything when the network fails, and the retry files exactly one report', async () => {
    await startSession()
    renderPage(<ReportPage />)
    await fillForm()
    const before = (await myTickets()).length
    // the client tries a keyed write three times before it gives up: all three find no network
    await call(api.devFaults, { body: { kind: 'offline', count: 3 } })
    fireEvent.click(screen.getByText('提交上报'))
    expect(
      await screen.findByText(
        '网络连接失败，请检查网络后重试。草稿已保存，可稍后重试',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy()
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe(DESCRIPTION)
    expect(String(Taro.getStorageSync('ssp:report-draft'))).toContain(DESCRIPTION)
    fireEvent.click(screen.getByText('重新提交'))
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled())
    expect((await myTickets()).length).toBe(before + 1)
  })

  it('sends one report however fast the button is tapped', async () => {
    await startSession()
    renderPage(<ReportPage />)
    await fillForm()
    const before = (await myTickets()).length
    const button = screen.getByText('提交上报')
    act(() => {
      fireEvent.click(button)
      fireEvent.click(button)
      fireEvent.click(button)
    })
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled())
    expect((await myTickets()).length).toBe(before + 1)
  })

  it.each([
    [
      'puts the server’s field errors on the right fields',
      400,
      { code: 'VALIDATION_FAILED', message: '填写的内容有误', fields: { description: '描述里不能只有标点' } },
      '描述里不能只有标点',
    ],
    [
      'says plainly when the place is outside the service area',
      422,
      { code: 'OUT_OF_SERVICE_AREA', message: '该位置不在服务范围内，暂时无法受理' },
      '该位置不在服务范围内，暂时无法受理',
    ],
  ])('%s', async (_name, status, error, shown) => {
    mockServer.use(
      http.post('*/api/v1/tickets', () => HttpResponse.json({ error, requestId: 'r1' }, { status })),
    )
    renderPage(<ReportPage />)
    await fillForm()
    fireEvent.click(screen.getByText('提交上报'))
    expect(await screen.findByText(shown)).toBeTruthy()
  })

  it('offers 我也遇到 on the same problem nearby instead of a duplicate', async () => {
    renderPage(<ReportPage />)
    await fillForm()
    const card = (await screen.findByText('附近已有相同问题')).closest('.nearby') as HTMLElement
    // asked first: 再看看 leaves the form and its draft as they were
    fireEvent.click(within(card).getAllByText('我也遇到')[0])
    const ask = await screen.findByRole('dialog')
    expect(within(ask).getByText('是同一个问题吗？')).toBeTruthy()
    fireEvent.click(within(ask).getByText('再看看'))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    expect(String(Taro.getStorageSync('ssp:report-draft'))).toContain(DESCRIPTION)
    fireEvent.click(within(card).getAllByText('我也遇到')[0])
    fireEvent.click(within(await screen.findByRole('dialog')).getByText('我也遇到'))
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled())
    expect(Taro.getStorageSync('ssp:report-draft')).toBeFalsy()
    const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
    const id = decodeURIComponent(url.split('id=')[1])
    const ticket = await call(api.getTicket, { params: { id } })
    expect(ticket.supportedByMe).toBe(true)
  })

  async function meTooFromForm(withPhotos: boolean) {
    renderPage(<ReportPage />)
    await fillForm()
    const card = (await screen.findByText('附近已有相同问题')).closest('.nearby') as HTMLElement
    expect(within(card).getByText('同时补充我拍的 1 张照片')).toBeTruthy()
    if (!withPhotos) fireEvent.click(within(card).getByLabelText('同时补充我拍的照片'))
    fireEvent.click(within(card).getAllByText('我也遇到')[0])
    const ask = await screen.findByRole('dialog')
    expect(within(ask).queryByText(/您拍的 1 张照片会补充到这条上报里/) !== null).toBe(withPhotos)
    fireEvent.click(within(ask).getByText('我也遇到'))
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled())
    expect(Taro.getStorageSync('ssp:report-draft')).toBeFalsy()
    const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
    return call(api.getTicket, { params: { id: decodeURIComponent(url.split('id=')[1]) } })
  }

  it('我也遇到 from the form may bring her photo to the existing ticket, as 居民补充', async () => {
    const ticket = await meTooFromForm(true)
    expect(ticket.supportedByMe).toBe(true)
    const added = ticket.timeline.filter((e) => e.kind === 'photos_added')
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ note: '补充了 1 张现场照片', actor: { role: 'resident' } })
    expect(added[0].photos).toHaveLength(1)
  })

  it('我也遇到 without her photo when she switches it off', async () => {
    const ticket = await meTooFromForm(false)
    expect(ticket.supportedByMe).toBe(true)
    expect(ticket.timeline.filter((e) => e.kind === 'photos_added')).toHaveLength(0)
  })
})
