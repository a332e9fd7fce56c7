import { z } from 'zod'
import { Id } from '../../src/contract'
import { offsetMeters, reverseGeocode } from '../geo'
import { findCommunity } from '../seed-places'
import { findLeafCategory } from '../seed-reference'
import { apply, settle, submit } from './lifecycle'
import type { StoredTicket } from './model'
import { seedPhoto } from './photos'
import { HOUR_MS } from './rules'
import { gridActor, nicknameOf, personActor } from './seed-people'
import { ON_THE_SPOT, RESOLUTIONS } from './seed-texts'
import type { Action, Actor } from './transitions'

/**
 * A seeded ticket written as a story: who reported what, where, and what happened since, each
 * step `hours ago`. Stories are played through the lifecycle engine, so every seeded timeline
 * is one the engine could have produced (and replays). Stories are data (seed-stories-*.json),
 * parsed through this schema once.
 */
export const Step = z.union([
  z.tuple([z.enum(['accept', 'dispatch', 'start', 'urge']), z.number()]),
  z.tuple([z.enum(['resolve', 'resolveOnSpot']), z.number(), z.string().optional()]),
  z.tuple([z.enum(['reject', 'reopen']), z.number(), z.string()]),
  z.tuple([z.literal('merge'), z.number(), Id]),
  z.tuple([z.literal('rate'), z.number(), z.number().int().min(1).max(5), z.string().optional()]),
  z.tuple([z.literal('support'), z.number(), z.string()]),
])
export type Step = z.infer<typeof Step>

export const Story = z.object({
  /** what the story shows, for people reading the data (t-0004 dispatched, overdue …); not played */
  about: z.string().optional(),
  reporter: z.string(),
  categoryId: Id,
  description: z.string(),
  /** as the reporter wrote it; the reverse-geocoded address when absent */
  address: z.string().optional(),
  communityId: Id,
  /** meters east and north of the community's center */
  offset: z.tuple([z.number(), z.number()]),
  hoursAgo: z.number(),
  anonymous: z.boolean().optional(),
  contactPhone: z.string().optional(),
  /** how many photos the reporter took (default 1) */
  photoCount: z.number().int().positive().optional(),
  steps: z.array(Step).optional(),
})
export type Story = z.infer<typeof Story>

export function parseStories(json: unknown): readonly Story[] {
  return z.array(Story).parse(json)
}

function resultNote(t: StoredTicket, note: string | undefined, onTheSpot: boolean): string {
  if (note) return note
  if (onTheSpot) return ON_THE_SPOT
  return RESOLUTIONS[t.departmentId ?? ''] ?? '已处理完毕'
}

function actionOf(step: Step, t: StoredTicket): Action {
  const done = [seedPhoto(t.categoryId, 1, true)]
  switch (step[0]) {
    case 'accept':
    case 'dispatch':
    case 'start':
    case 'urge':
      return { type: step[0] }
    case 'resolve':
    case 'resolveOnSpot':
      return { type: step[0], note: resultNote(t, step[2], step[0] === 'resolveOnSpot'), photos: done }
    case 'reject':
      return { type: 'reject', reason: step[2] }
    case 'reopen':
      return { type: 'reopen', reason: step[2] }
    case 'merge':
      return { type: 'merge', intoId: step[2] }
    case 'rate':
      return { type: 'rate', stars: step[2], comment: step[3] ?? '' }
    case 'support':
      return { type: 'support' }
  }
}

function actorOf(step: Step, t: StoredTicket): Actor {
  switch (step[0]) {
    case 'start':
    case 'resolve':
      return { kind: 'department', departmentId: t.departmentId ?? '' }
    case 'urge':
    case 'rate':
    case 'reopen':
      return personActor(t.reporterId)
    case 'support':
      return personActor(step[2])
    default:
      return gridActor(t.gridId)
  }
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/** Plays a story into a ticket as of `now`; throws if the story is not a legal lifecycle. */
export function playStory(story: Story, id: string, now: number): StoredTicket {
  const community = findCommunity(story.communityId)
  if (!community) throw new Error(`[mock] seed ${id}: no community ${story.communityId}`)
  const exact = offsetMeters(community.center, story.offset[0], story.offset[1])
  // 6 decimals is 0.1 m: what a map picker gives, and shorter to store
  const location = { lat: round6(exact.lat), lng: round6(exact.lng) }
  const geo = reverseGeocode(location)
  if (geo.communityId !== story.communityId || !geo.gridId || !findLeafCategory(story.categoryId))
    throw new Error(`[mock] seed ${id}: outside ${story.communityId} or not a leaf category`)
  const photos = Array.from({ length: story.photoCount ?? 1 }, (_, i) => seedPhoto(story.categoryId, i + 1))
  let ticket = submit(
    {
      id,
      reporterId: story.reporter,
      reporterName: nicknameOf(story.reporter),
      anonymous: story.anonymous ?? false,
      contactPhone: story.contactPhone ?? null,
      categoryId: story.categoryId,
      description: story.description,
      address: story.address ?? geo.address,
      location,
      communityId: story.communityId,
      gridId: geo.gridId,
      photos,
      createdAt: now - story.hoursAgo * HOUR_MS,
    },
    personActor(story.reporter),
  )
  for (const step of story.steps ?? []) {
    const at = now - step[1] * HOUR_MS
    ticket = settle(ticket, at)
    ticket = apply(ticket, actionOf(step, ticket), actorOf(step, ticket), at)
  }
  return settle(ticket, now)
}
