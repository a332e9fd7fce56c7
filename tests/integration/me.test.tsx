import { fireEvent, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MePage from '@/pages/me/index'
import { renderPage } from '../utils/render'

describe('我的', () => {
  afterEach(() => Taro.clearStorageSync())

  it('shows who I am, with my role and a masked phone number', async () => {
    renderPage(<MePage />)
    expect(await screen.findByText('王秀兰')).toBeTruthy()
    expect(screen.getByText('居民')).toBeTruthy()
    expect(screen.getByText(/^手机 1\d\d\*{4}\d{4}$/)).toBeTruthy()
  })

  it('长辈模式 enlarges the page and survives a restart', async () => {
    const { container, unmount } = renderPage(<MePage />)
    await screen.findByText('王秀兰')
    const root = container.querySelector('.page') as HTMLElement
    expect(root.className).not.toContain('page--elder')
    fireEvent.click(screen.getByLabelText('长辈模式'))
    expect(root.className).toContain('page--elder')
    expect(JSON.parse(Taro.getStorageSync('ssp:elder-mode'))).toBe(true)
    unmount()

    // a fresh module graph reads the stored setting, as a relaunched app does
    jest.isolateModules(() => {
      const { isElderMode } = jest.requireActual('@/components/elder-mode')
      expect(isElderMode()).toBe(true)
    })
  })
})
