import { crc32, deflateSync } from 'node:zlib'
import jpeg from 'jpeg-js'
import type { z } from 'zod'
import { api, type CreateTicketBody, type WireResponse } from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import { call, callerFor, expectOk, loginAs, testBackend, type Caller, type Handles } from './helpers'

/** 创业路社区's center (GCJ-02). */
export const CENTER = { lat: 34.745417, lng: 113.631447 }

/** A real JPEG, noisy like a photo. */
export function makeJpeg(width: number, height: number): Uint8Array<ArrayBuffer> {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < data.length; i++) data[i] = (i * 37 + (i >> 7)) & 0xff
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
}

/** A 32-bit big-endian unsigned integer, as PNG writes lengths and sizes. */
function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

/** One PNG chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  return Buffer.concat([u32(data.length), body, u32(crc32(body))])
}

/** A valid grey PNG, written by hand (signature, IHDR, IDAT, IEND). */
export function makePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  // bit depth 8, greyscale; default compression, filter and interlace
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 0, 0, 0, 0])])
  const rows = Buffer.alloc((width + 1) * height, 0x80)
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0 // filter: none
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return new Uint8Array(png)
}

export interface Client {
  token: string
  userId: string
  /** a typed call of one endpoint as this user (see callEndpoint) */
  call: Caller
  /** raw calls by path, for what no typed call can send */
  get(path: string, query?: Record<string, string>): Promise<WireResponse>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<WireResponse>
  /** POST /uploads as the bindings hand it to the router */
  upload(bytes: Uint8Array, name?: string): Promise<WireResponse>
}

export async function signIn(target: Handles, userId: string): Promise<Client> {
  const token = await loginAs(target, userId)
  return {
    token,
    userId,
    call: callerFor(target, () => token),
    get: (path, query = {}) => call(target, 'GET', path, { token, query }),
    post: (path, body, headers = {}) => call(target, 'POST', path, { token, body, headers }),
    upload: (bytes, name = 'photo.jpg') =>
      call(target, 'POST', '/uploads', { token, body: { file: { name, bytes } } }),
  }
}

/**
 * A fresh backend with these people signed in, each under the name the test calls them:
 * `const { backend, zhao, wang } = await signInAll({ zhao: 'u-grid-1', wang: 'u-resident-1' })`.
 */
export async function signInAll<const People extends Record<string, string>>(
  people: People,
  backend: MockBackend = testBackend(),
): Promise<{ backend: MockBackend } & { [Name in keyof People]: Client }> {
  const clients: Record<string, Client> = {}
  for (const [name, userId] of Object.entries(people)) clients[name] = await signIn(backend, userId)
  return { backend, ...(clients as { [Name in keyof People]: Client }) }
}

let keys = 0
export function newKey(): string {
  return `k-${Date.now().toString(36)}-${++keys}`
}

/** Uploads a small JPEG as the client and returns its id. */
export async function uploadedPhotoId(client: Client): Promise<string> {
  const file = { name: 'photo.jpg', bytes: makeJpeg(32, 24) }
  return expectOk(await client.call(api.upload, { body: { file } })).id
}

type ReportBody = z.input<typeof CreateTicketBody>

export function reportBody(photos: string[], overrides: Partial<ReportBody> = {}): ReportBody {
  return {
    photos,
    location: { lat: CENTER.lat + 0.0008, lng: CENTER.lng + 0.0005 },
    address: '创业路社区北门东侧',
    categoryId: 'cat-road-lamp',
    description: '北门东侧的路灯这两天晚上都不亮了',
    anonymous: false,
    ...overrides,
  }
}

/** Files a report as the client (a fresh upload, a fresh key); returns the ticket id. */
export async function fileReport(client: Client, overrides: Partial<ReportBody> = {}): Promise<string> {
  const photo = await uploadedPhotoId(client)
  const body = reportBody([photo], overrides)
  return expectOk(await client.call(api.createTicket, { body, idempotencyKey: newKey() })).id
}

/** Every full mainland mobile number: none may ever appear in a response. */
export const FULL_PHONE = /(?<!\d)1\d{10}(?!\d)/
