import { uploadPhoto } from '@/api/upload'
import { fileQueuedReport } from '@/data/tickets'
import { definitelyRefused } from '@/data/write'
import { isOnline } from '@/platform/network'
import { deletePhoto, loadPhoto } from '@/platform/photo-store'
import { readJson, writeJson } from '@/platform/storage'
import type { ReportDraft } from './draft'
import { toBody } from './submit'

/**
 * Reports submitted without a network, kept on the device until it returns. Each keeps the
 * draft's Idempotency-Key and its photos (in the photo store), so sending it again after the
 * app was killed — or from two tabs at once — still files one ticket.
 */
export interface QueuedReport {
  draft: ReportDraft
  queuedAt: number
  /** the server refused it for good: shown, no longer retried */
  refusal?: string
}

const KEY = 'ssp:report-outbox'
const listeners = new Set<() => void>()
let snapshot: QueuedReport[] = readJson<QueuedReport[]>(KEY) ?? []

function save(next: QueuedReport[]): void {
  snapshot = next
  writeJson(KEY, next)
  listeners.forEach((l) => l())
}

/** Re-read from storage: another tab (H5) may have sent or queued something meanwhile. */
function fresh(): QueuedReport[] {
  const stored = readJson<QueuedReport[]>(KEY) ?? []
  if (JSON.stringify(stored) !== JSON.stringify(snapshot)) snapshot = stored
  return snapshot
}

export function queuedReports(): QueuedReport[] {
  return snapshot
}

export function subscribeOutbox(l: () => void): () => void {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

export function enqueueReport(draft: ReportDraft): void {
  const rest = fresh().filter((q) => q.draft.idempotencyKey !== draft.idempotencyKey)
  save([...rest, { draft, queuedAt: Date.now() }])
}

export async function discardQueued(key: string): Promise<void> {
  const gone = fresh().find((q) => q.draft.idempotencyKey === key)
  save(fresh().filter((q) => q.draft.idempotencyKey !== key))
  await Promise.all((gone?.draft.photos ?? []).map((p) => deletePhoto(p.localId, p.path)))
}

function patch(key: string, change: (q: QueuedReport) => QueuedReport): void {
  save(fresh().map((q) => (q.draft.idempotencyKey === key ? change(q) : q)))
}

/** Uploads what is still on the device, then files the report; true when it is filed. */
async function sendOne(q: QueuedReport): Promise<boolean> {
  const key = q.draft.idempotencyKey
  for (const p of q.draft.photos) {
    if (p.uploaded) continue
    const file = await loadPhoto(p.localId, p.path)
    if (!file) {
      patch(key, (x) => ({ ...x, refusal: '照片已丢失，请重新上报' }))
      return false
    }
    const uploaded = await uploadPhoto({ path: file.path, name: p.name }, () => undefined)
    // remember each upload at once: a kill before the report is filed must not upload it again
    patch(key, (x) => ({
      ...x,
      draft: {
        ...x.draft,
        photos: x.draft.photos.map((y) => (y.localId === p.localId ? { ...y, uploaded } : y)),
      },
    }))
    p.uploaded = uploaded
  }
  await fileQueuedReport(toBody(q.draft), key)
  await discardQueued(key)
  return true
}

let running: Promise<number> | null = null
let again = false

async function sendAll(): Promise<number> {
  let sent = 0
  for (const q of fresh()) {
    if (q.refusal) continue
    if (!isOnline()) break
    try {
      if (await sendOne(q)) sent++
    } catch (e) {
      if (definitelyRefused(e)) {
        patch(q.draft.idempotencyKey, (x) => ({ ...x, refusal: e instanceof Error ? e.message : '提交失败' }))
        continue
      }
      // no network, a timeout, a 5xx: kept as it is, tried again when the network returns
      break
    }
  }
  return sent
}

/**
 * Sends every queued report, one at a time, while the network lasts; resolves with how many
 * were filed. A call made while a run is going (the network came back during it) runs once
 * more after it, so no word of a change is lost; reports are never sent twice at once.
 */
export function sendQueuedReports(): Promise<number> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    let sent = 0
    try {
      do {
        again = false
        sent += await sendAll()
      } while (again)
    } finally {
      // in the same step as the last check of `again`: a call after it starts a new run
      running = null
    }
    return sent
  })()
  return running
}
