import { fireEvent, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import HomePage from '@/pages/home/index'
import { mockServer } from '../setup/msw'
import { renderPage } from '../utils/render'

/** The category tree's own texts: the hub's grid above it names some of the same problem types. */
const IN_TREE = { selector: '.category-tree *' }

describe('首页', () => {
  it('logs in and shows the category tree with each category’s deadline and department', async () => {
    renderPage(<HomePage />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText('路灯损坏', IN_TREE)).toBeTruthy()
    expect(screen.getByText('道路设施')).toBeTruthy()
    expect(screen.getByText('水管漏水', IN_TREE)).toBeTruthy()
    expect(await screen.findByText(/王秀兰，您好/)).toBeTruthy()
    expect(screen.getAllByText(/^预计 .+内处理 · .+/).length).toBeGreaterThan(5)
  })

  it('shows a plain message when the server keeps failing, and 重试 recovers', async () => {
    let failures = 3 // the first try and the client's two retries
    mockServer.use(
      http.get('*/api/v1/categories', () =>
        failures-- > 0
          ? HttpResponse.json(
              { error: { code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }, requestId: 'r' },
              { status: 500 },
            )
          : undefined,
      ),
    )
    renderPage(<HomePage />)
    expect(await screen.findByText('服务器开小差了，请稍后再试', {}, { timeout: 8000 })).toBeTruthy()
    expect(screen.queryByText('路灯损坏', IN_TREE)).toBeNull()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('路灯损坏', IN_TREE)).toBeTruthy()
  }, 15_000)

  it('treats a body that is not JSON as a bad response, not a crash', async () => {
    let broken = 1
    mockServer.use(
      http.get('*/api/v1/categories', () =>
        broken-- > 0
          ? new HttpResponse('{"items":[{"id":', { headers: { 'content-type': 'application/json' } })
          : undefined,
      ),
    )
    renderPage(<HomePage />)
    expect(await screen.findByText('服务器返回的数据有误，请稍后重试')).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('路灯损坏', IN_TREE)).toBeTruthy()
  })

  it('treats JSON that breaks the schema as a bad response', async () => {
    mockServer.use(http.get('*/api/v1/categories', () => HttpResponse.json({ items: [{ id: 'x' }] })))
    renderPage(<HomePage />)
    expect(await screen.findByText('服务器返回的数据有误，请稍后重试')).toBeTruthy()
  })

  it('says the network is down when it is', async () => {
    mockServer.use(http.get('*/api/v1/categories', () => HttpResponse.error()))
    renderPage(<HomePage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试', {}, { timeout: 8000 })).toBeTruthy()
  }, 15_000)
})
