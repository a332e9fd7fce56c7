import { parseStories } from './seed-story'
import stories from './seed-stories-mine.json'

/**
 * u-resident-1 (王秀兰, 创业路社区) has one ticket in every situation the app must show; the
 * ids are stable (t-0001 … t-0012, in this order) for end-to-end tests. North of the
 * community's center is 赵磊's grid (u-grid-1), south is 吴海燕's.
 */
export const RESIDENT_ONE_STORIES = parseStories(stories)
