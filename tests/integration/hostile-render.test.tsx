/**
 * Text a resident typed is shown as text, everywhere: HTML and script in a report's description
 * and address appear literally on 问题详情 and in 我的上报, and create no element.
 */
import { screen } from '@testing-library/react'
import { api } from '@/contract'
import { call, getSession, setSession, startSession } from '@/api'
import TicketPage from '@/packages/resident/pages/ticket/index'
import TicketsPage from '@/pages/tickets/index'
import { mockBackend } from '../setup/msw'
import { makeJpeg } from '../utils/photos'
import { renderPage } from '../utils/render'
import { openWith } from '../utils/tickets'

const HTML = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>井盖</b>丢了🚧'
const ADDRESS = '<a href="javascript:alert(1)">创业路</a> 北门'

afterEach(() => setSession(null))

async function fileHostileReport(): Promise<string> {
  await startSession()
  const upload = await mockBackend.handle({
    method: 'POST',
    path: '/uploads',
    query: {},
    headers: { authorization: `Bearer ${getSession()!.token}` },
    body: { file: { name: 'a.jpg', bytes: makeJpeg() } },
  })
  const ticket = await call(api.createTicket, {
    idempotencyKey: `hostile-${Date.now()}`,
    body: {
      photos: [(upload.body as { id: string }).id],
      location: { lat: 34.746217, lng: 113.631947 },
      address: ADDRESS,
      categoryId: 'cat-road-manhole',
      description: HTML,
      anonymous: false,
    },
  })
  return ticket.id
}

function expectNoElementFromText() {
  expect(document.querySelector('script')).toBeNull()
  expect(document.querySelector('img[src="x"]')).toBeNull()
  expect(document.querySelector('a[href^="javascript"]')).toBeNull()
  expect(Array.from(document.querySelectorAll('b')).some((b) => b.textContent === '井盖')).toBe(false)
  expect((window as { __pwned?: number }).__pwned).toBeUndefined()
}

it('问题详情 shows HTML in a description and an address as text', async () => {
  const id = await fileHostileReport()
  openWith({ id })
  renderPage(<TicketPage />)
  expect(await screen.findByText(HTML)).toBeTruthy()
  expect(screen.getByText(ADDRESS)).toBeTruthy()
  expectNoElementFromText()
})

it('我的上报 shows the same report’s excerpt as text', async () => {
  await fileHostileReport()
  renderPage(<TicketsPage />)
  expect(await screen.findByText((text) => text.includes('<img src=x onerror='))).toBeTruthy()
  expectNoElementFromText()
})
