import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api } from '@/contract'
import { call, setSession } from '@/api'
import HomePage from '@/pages/home/index'
import ReportPage from '@/pages/report/index'
import { renderPage } from '../utils/render'

beforeEach(() => {
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  Taro.removeStorageSync('ssp:report-preset-category')
  setSession(null)
})

describe('首页 as a service hub', () => {
  it('shows the city notices, the big 随手拍 button, my open report and the community’s figures', async () => {
    renderPage(<HomePage />)
    // the file's first render logs in first: on a loaded machine that takes more than a second
    expect(await screen.findByText('寒潮来袭，请注意防寒防冻', {}, { timeout: 5000 })).toBeTruthy()
    expect(screen.getByLabelText('随手拍，拍照上报问题')).toBeTruthy()
    expect(await screen.findByText('进行中的诉求')).toBeTruthy()
    const stats = await call(api.publicStats, { query: { communityId: 'c-chuangye-lu' } })
    expect(await screen.findByLabelText(`本月受理 ${stats.received}`)).toBeTruthy()
    expect(screen.getByText('本月办结')).toBeTruthy()
    expect(screen.getByText('满意率')).toBeTruthy()
    expect(screen.getByText('平均办结时长')).toBeTruthy()
    // a notice opens on its own page; the dots switch between them
    const { items: notices } = await call(api.listNotices, {})
    fireEvent.click(screen.getByLabelText('第 2 条公告'))
    fireEvent.click(await screen.findByText(notices[1].title))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/resident/pages/notice/index?id=${notices[1].id}`,
    })
  })

  it('opens 上报 with a problem type already chosen when one is tapped in the grid', async () => {
    renderPage(<HomePage />)
    const { topCategories } = await call(api.publicStats, { query: { communityId: 'c-chuangye-lu' } })
    const first = topCategories[0]
    fireEvent.click(await screen.findByLabelText(`上报${first.name}`))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/report/index' })

    renderPage(<ReportPage />)
    await waitFor(() => {
      const chosen = document.querySelector('.chip--leaf.chip--on')
      expect(chosen?.textContent).toBe(first.name)
    })
  })
})
