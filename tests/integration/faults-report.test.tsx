/**
 * A failed submit loses nothing: under each fault the report page says what happened, keeps
 * the description, the photo and the stored draft, offers 重新提交, and the retry files exactly
 * one report — also when the server did file it but its answer could not be read (the
 * Idempotency-Key replays the first result).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { api, type Endpoint } from '@/contract'
import { call, configureApi, setSession, startSession } from '@/api'
import { compressPhoto } from '@/platform/image'
import { pickImages } from '@/platform/media'
import ReportPage from '@/pages/report/index'
import { toWireRequest } from '../../mock/bindings/msw'
import { mockBackend, mockServer } from '../setup/msw'
import { renderPage } from '../utils/render'
import { installFetchUploader, makeJpeg, passThrough, picked } from '../utils/photos'
import { FAULT_MESSAGE, FAULTS, schemaBreaker, type Fault } from '../unit/faults/faults'
import { RELAXED_MS, SHORT_MS } from '../unit/faults/matrix'

jest.mock('@/platform/media', () => ({ pickImages: jest.fn() }))
jest.mock('@/platform/image', () => ({ ...jest.requireActual('@/platform/image'), compressPhoto: jest.fn() }))

const pick = pickImages as jest.MockedFunction<typeof pickImages>
const compress = compressPhoto as jest.MockedFunction<typeof compressPhoto>
const DESCRIPTION = '<b>创业路</b>与棉纺路交叉口的电线杆向人行道倾斜，很危险🚧'

beforeAll(() => {
  installFetchUploader()
  configureApi({ timeoutMs: RELAXED_MS, retryDelaysMs: [0] })
})
afterAll(() => configureApi({ timeoutMs: 10_000, retryDelaysMs: [400, 1200] }))
beforeEach(() => {
  Taro.clearStorageSync()
  compress.mockImplementation(async (img) => passThrough(img))
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  setSession(null)
})

async function fillForm() {
  pick.mockResolvedValueOnce({ images: [picked('pole.jpg', makeJpeg())], refused: [] })
  fireEvent.click(await screen.findByText('＋'))
  await screen.findByText('已上传', {}, { timeout: 3000 })
  fireEvent.click(screen.getByText('选择所在社区'))
  fireEvent.click(await screen.findByText('创业路社区'))
  await screen.findByText(/创业路社区 · /)
  fireEvent.click(await screen.findByText('线杆倾斜断裂'))
  await screen.findByText(/^预计 .+内处理 · 供电公司$/)
  fireEvent.change(document.querySelector('textarea')!, { target: { value: DESCRIPTION } })
}

async function myTicketCount(): Promise<number> {
  return (await call(api.listTickets, { query: { scope: 'mine', limit: 50 } })).items.length
}

/** POST /tickets fails with the fault; bad answers come after the backend did file the report. */
function failSubmit(fault: Fault, on: { active: boolean }) {
  return http.post('*/api/v1/tickets', async ({ request }) => {
    if (!on.active) return undefined
    if (fault.code !== 'BAD_RESPONSE') return fault.respond!(api.createTicket as unknown as Endpoint)
    await mockBackend.handle(await toWireRequest(request))
    if (fault.name === 'malformed JSON') return fault.respond!(api.createTicket as unknown as Endpoint)
    return HttpResponse.json(schemaBreaker(api.createTicket as unknown as Endpoint) as never)
  })
}

it.each(FAULTS.map((f) => [f.name, f] as const))(
  'under %s: the draft stays, 重新提交 files exactly one report',
  async (_name, fault) => {
    await startSession()
    renderPage(<ReportPage />)
    await fillForm()
    const before = await myTicketCount()
    const on = { active: true }
    mockServer.use(failSubmit(fault, on))
    if (fault.code === 'TIMEOUT') configureApi({ timeoutMs: SHORT_MS })
    fireEvent.click(screen.getByText('提交上报'))

    expect(await screen.findByText(FAULT_MESSAGE[fault.code], {}, { timeout: 3000 })).toBeTruthy()
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe(DESCRIPTION)
    expect(screen.getByText('现场照片（1/9）')).toBeTruthy()
    expect(screen.getByText('已上传')).toBeTruthy()
    expect(screen.getByText(/创业路社区 · /)).toBeTruthy()
    expect(String(Taro.getStorageSync('ssp:report-draft'))).toContain('棉纺路交叉口')
    expect(Taro.navigateTo).not.toHaveBeenCalled()

    on.active = false
    configureApi({ timeoutMs: RELAXED_MS })
    fireEvent.click(screen.getByText('重新提交'))
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled(), { timeout: 3000 })
    expect(await myTicketCount()).toBe(before + 1)
  },
)
