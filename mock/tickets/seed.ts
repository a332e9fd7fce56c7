import { COMMUNITIES } from '../seed-places'
import { seededRandom } from '../random'
import { generateTickets } from './bulk'
import { ticketId, type StoredTicket } from './model'
import { OTHER_REPORTERS } from './seed-people'
import { playStory } from './seed-story'
import { OTHER_STORIES } from './seed-stories-others'
import { RESIDENT_ONE_STORIES } from './seed-stories-mine'

/** How many generated older tickets give the board a few months of history. */
export const HISTORY_COUNT = 60

/**
 * The seeded tickets as of `now`: the scripted stories (t-0001 …) and then a few months of
 * generated history from other residents, all played through the lifecycle engine. The same
 * `now` gives the same tickets.
 */
export function seedTickets(now: number): StoredTicket[] {
  const stories = [...RESIDENT_ONE_STORIES, ...OTHER_STORIES]
  const scripted = stories.map((story, i) => playStory(story, ticketId(i + 1), now))
  const history = generateTickets({
    count: HISTORY_COUNT,
    reporters: OTHER_REPORTERS,
    supporters: OTHER_REPORTERS,
    communities: COMMUNITIES,
    firstSeq: scripted.length + 1,
    now,
    rng: seededRandom(20261128),
    mix: { rated: 10, autoClosed: 5, rejected: 2, merged: 1, processing: 1, dispatched: 1, accepted: 1 },
  })
  return [...scripted, ...history]
}
