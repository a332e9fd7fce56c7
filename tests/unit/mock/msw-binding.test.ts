import { ErrorEnvelope, Session, User } from '../../../src/contract'
import { mockBackend } from '../../setup/msw'

/** Runs in the jest `dom` project: fetch is answered by msw serving the mock backend. */
async function login(origin = 'http://localhost') {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: 'dev:u-grid-2' }),
  })
  expect(res.status).toBe(200)
  return Session.parse(await res.json())
}

describe('msw binding', () => {
  it('serves /api/v1 on any origin, with headers and query carried over', async () => {
    const { token } = await login('https://api.example.com')
    const res = await fetch(`http://localhost/api/v1/geo/reverse?lat=34.764&lng=113.641`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ communityName: '西里路社区', inServiceArea: true })
    expect(res.headers.get('x-request-id')).toMatch(/^req-/)
  })

  it('maps errors to status and envelope', async () => {
    const res = await fetch('http://localhost/api/v1/me')
    expect(res.status).toBe(401)
    expect(ErrorEnvelope.parse(await res.json()).error.code).toBe('UNAUTHENTICATED')
    const broken = await fetch('http://localhost/api/v1/auth/login', { method: 'POST', body: '{nope' })
    expect(broken.status).toBe(400)
  })

  it('changes data for the rest of the test…', async () => {
    const { token } = await login()
    const res = await fetch('http://localhost/api/v1/me', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nickname: '孙网格' }),
    })
    expect(User.parse(await res.json()).nickname).toBe('孙网格')
  })

  it('…and the setup reseeds it after each test', async () => {
    expect(mockBackend.store.findUser('u-grid-2')?.nickname).toBe('孙丽')
  })

  it('turns the offline fault into a network error and malformed into a body that is not JSON', async () => {
    const { token } = await login()
    const arm = (kind: string) =>
      fetch('http://localhost/api/v1/dev/faults', {
        method: 'POST',
        body: JSON.stringify({ kind, count: 1 }),
      })
    await arm('offline')
    await expect(
      fetch('http://localhost/api/v1/me', { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow(TypeError)
    await arm('malformed')
    const malformed = await fetch('http://localhost/api/v1/me', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(malformed.status).toBe(200)
    expect(malformed.headers.get('content-type')).toMatch(/application\/json/)
    await expect(malformed.json()).rejects.toThrow()
  })
})
