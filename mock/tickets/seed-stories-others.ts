import { parseStories } from './seed-story'
import stories from './seed-stories-others.json'

/**
 * Other people's tickets, t-0013 on. t-0013 is followed by u-resident-1 (我也遇到), so it is in
 * her 我的上报. t-0014, t-0015 and t-0016 are open, within 50 m of 创业路社区's center, in
 * 路灯损坏 and 线杆倾斜断裂: the duplicate prompt of a report filed there.
 */
export const OTHER_STORIES = parseStories(stories)
