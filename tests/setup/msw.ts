/**
 * The one msw lifecycle of the jest `dom` project: every request to /api/v1 is served by the
 * in-memory mock backend; anything else fails the test. Data is reseeded after each test.
 * Edge cases override a handler with `mockServer.use(...)` inside the test.
 */
import { mockBackend, mockServer } from '../../mock/bindings/node'

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))

afterEach(() => {
  mockServer.resetHandlers()
  mockBackend.reset()
})

afterAll(() => mockServer.close())

export { mockBackend, mockServer }
