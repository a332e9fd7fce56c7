import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { dialogs } from '@/components/dialog'
import { call, getSession } from '@/api'
import DevPanelPage from '@/packages/dev/pages/panel/index'
import MePage from '@/pages/me/index'
import { mockBackend } from '../setup/msw'
import { renderPage } from '../utils/render'

beforeEach(() => {
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  Taro.clearStorageSync()
})

describe('开发者面板', () => {
  it('switches role by logging in as a seeded user, and the choice survives a reload', async () => {
    renderPage(<DevPanelPage />)
    fireEvent.click(await screen.findByText('赵磊'))
    await waitFor(() => expect(getSession()?.user.id).toBe('u-grid-1'))
    expect(JSON.parse(Taro.getStorageSync('ssp:login-code'))).toBe('dev:u-grid-1')
    renderPage(<MePage />)
    expect(await screen.findByText('网格员')).toBeTruthy()
  })

  it('moves the mock clock forward', async () => {
    renderPage(<DevPanelPage />)
    const before = mockBackend.clock.now()
    fireEvent.click(await screen.findByText('+1 天'))
    await waitFor(() => expect(mockBackend.clock.now() - before).toBeGreaterThanOrEqual(24 * 3600_000))
    expect(await screen.findByText(/已拨快 24 小时/)).toBeTruthy()
  })

  it('injects the chosen fault for the chosen number of requests', async () => {
    renderPage(<DevPanelPage />)
    fireEvent.click(await screen.findByText('返回乱码'))
    fireEvent.click(screen.getByText('1 次'))
    fireEvent.click(screen.getByText('注入故障'))
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '接下来 1 个请求将出错' }),
      ),
    )
    await expect(call(api.categories)).rejects.toMatchObject({ code: 'BAD_RESPONSE' })
    await expect(call(api.categories)).resolves.toBeTruthy()
  })

  it('resets the data after asking, and logs in again', async () => {
    jest.spyOn(dialogs, 'confirm').mockResolvedValue(true)
    await call(api.patchMe, { body: { nickname: '老王头' } })
    renderPage(<DevPanelPage />)
    fireEvent.click(await screen.findByText('重置数据'))
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '数据已重置' })),
    )
    expect((await call(api.me)).nickname).toBe('王秀兰')
  })
})
