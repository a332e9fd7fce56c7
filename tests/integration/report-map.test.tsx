import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ReportPage from '@/pages/report/index'
import { getCurrentPosition, LocationError } from '@/platform/location'
import { renderPage } from '../utils/render'

jest.mock('@/platform/location', () => ({
  ...jest.requireActual('@/platform/location'),
  getCurrentPosition: jest.fn(),
}))
const locate = getCurrentPosition as jest.MockedFunction<typeof getCurrentPosition>

beforeEach(() => {
  Taro.clearStorageSync()
  locate.mockRejectedValue(new LocationError('没有定位权限。请在设置中允许定位，或在下方选择所在社区'))
})
afterEach(() => {
  jest.restoreAllMocks()
  locate.mockReset()
})

const pinAddress = async () => (await screen.findByText(/^图钉处：/, {}, { timeout: 5000 })).textContent!

jest.setTimeout(20_000)
const mapBox = () => document.querySelector('.smap__box') as HTMLElement

describe('上报: the place on a map', () => {
  it('starts at my community’s centre when locating is denied, and a tap moves the pin there', async () => {
    renderPage(<ReportPage />)
    fireEvent.click(await screen.findByText('拖动地图选点'))
    expect(await screen.findByText(/没有定位权限，地图从创业路社区的中心开始/)).toBeTruthy()
    await screen.findByRole('region', { name: '选择问题地点的地图' })
    const first = await pinAddress()
    expect(first).toMatch(/^图钉处：郑州市中原区.+号附近$/)
    expect((await screen.findAllByText(/^创业路社区 · 创业路社区第.网格$/)).length).toBeGreaterThan(0)
    // the map is 360 × 360 where nothing is laid out: a tap 150 px east of the pin
    fireEvent.click(mapBox(), { clientX: 330, clientY: 180 })
    await waitFor(async () => expect(await pinAddress()).not.toBe(first), { timeout: 5000 })
    const input = screen.getByLabelText('详细地址') as HTMLInputElement
    expect(`图钉处：${input.value}`).toBe(await pinAddress())
  })

  it('refuses a spot outside the service area with 选择社区, which leads to the communities', async () => {
    renderPage(<ReportPage />)
    fireEvent.click(await screen.findByText('拖动地图选点'))
    await pinAddress()
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: '缩小地图' }))
    // far to the south-east corner, kilometres from any community
    fireEvent.click(mapBox(), { clientX: 355, clientY: 355 })
    expect(await screen.findByText(/这里不在服务范围内，暂时无法受理/, {}, { timeout: 5000 })).toBeTruthy()
    expect(document.querySelector('.smap__pin--bad')).not.toBeNull()
    fireEvent.click(screen.getAllByText('选择社区')[0])
    await waitFor(() => expect(document.querySelector('.pick-list')).not.toBeNull())
    fireEvent.click(within(document.querySelector('.pick-list') as HTMLElement).getByText('西里路社区'))
    expect((await screen.findAllByText(/^西里路社区 · /)).length).toBeGreaterThan(0)
    expect(document.querySelector('.smap')).toBeNull()
  })
})
