import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BoardPage from '@/packages/resident/pages/board/index'
import { renderPage } from '../utils/render'
import { tab } from '../utils/tickets'

const STATUS = /· (待受理|已受理|已派单|处理中|已办结|已评价)/

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => jest.restoreAllMocks())

/** Every marker and cluster button of the map. */
function mapButtons(): HTMLElement[] {
  const map = screen.getByRole('region', { name: '问题地图' })
  return within(map)
    .queryAllByRole('button')
    .filter((b) => !/地图$/.test(b.getAttribute('aria-label') ?? ''))
}

describe('附近的问题 on the map', () => {
  it('opens on 问题地图 with my community’s tickets as labelled markers or clusters', async () => {
    renderPage(<BoardPage />)
    expect(tab('地图').getAttribute('aria-selected')).toBe('true')
    await screen.findByRole('region', { name: '问题地图' })
    await waitFor(() => expect(mapButtons().length).toBeGreaterThan(0))
    for (const b of mapButtons()) {
      expect(b.getAttribute('aria-label')).toMatch(new RegExp(`${STATUS.source}|此处 \\d+ 个问题，点按放大`))
    }
    expect(await screen.findByText(/这片地图上有 \d+ 个问题/)).toBeTruthy()
  })

  it('zooms into a cluster until a marker opens a card, and the card opens the ticket', async () => {
    renderPage(<BoardPage />)
    await screen.findByRole('region', { name: '问题地图' })
    await waitFor(() => expect(mapButtons().length).toBeGreaterThan(0))
    for (
      let i = 0;
      i < 6 && !mapButtons().some((b) => STATUS.test(b.getAttribute('aria-label') ?? ''));
      i++
    ) {
      fireEvent.click(mapButtons()[0])
    }
    const marker = mapButtons().find((b) => STATUS.test(b.getAttribute('aria-label') ?? ''))!
    const [category] = marker.getAttribute('aria-label')!.split(' · ')
    fireEvent.click(marker)
    const card = await screen.findByRole('dialog', { name: '问题摘要' })
    expect(await within(card).findByText(category)).toBeTruthy()
    fireEvent.click(card.querySelector('.ticket-card__tap')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/packages\/resident\/pages\/ticket\/index\?id=t-\d+$/),
    })
  })

  it('filters the map by status: 已办结 leaves only resolved markers', async () => {
    renderPage(<BoardPage />)
    await screen.findByRole('region', { name: '问题地图' })
    await waitFor(() => expect(mapButtons().length).toBeGreaterThan(0))
    fireEvent.click(tab('已办结'))
    await waitFor(() => {
      const labels = mapButtons()
        .map((b) => b.getAttribute('aria-label')!)
        .filter((l) => STATUS.test(l))
      expect(labels.every((l) => l.includes('· 已办结'))).toBe(true)
    })
  })
})
