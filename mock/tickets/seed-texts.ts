import { z } from 'zod'
import texts from './seed-texts.json'

/** Words for generated tickets (seed-texts.json): what people write about each category, and what gets done. */
const SeedTexts = z.object({
  /** by category id: what a reporter writes */
  problems: z.record(z.string(), z.array(z.string()).min(1)),
  /** by department id: the note of its 办结 */
  resolutions: z.record(z.string(), z.string()),
  /** the note of a grid worker's 现场处理 */
  onTheSpot: z.string(),
  rejectReasons: z.array(z.string()).min(1),
  ratings: z.array(z.object({ stars: z.number().int().min(1).max(5), comment: z.string() })).min(1),
})

const TEXTS = SeedTexts.parse(texts)

export const PROBLEMS: Record<string, readonly string[]> = TEXTS.problems
export const RESOLUTIONS: Record<string, string> = TEXTS.resolutions
export const ON_THE_SPOT = TEXTS.onTheSpot
export const REJECT_REASONS: readonly string[] = TEXTS.rejectReasons
export const RATINGS: readonly { stars: number; comment: string }[] = TEXTS.ratings
