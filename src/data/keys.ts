/**
 * The root of every query key, written once. A domain's data module builds its keys under its
 * root; another domain that must mark them stale (a workbench action and the resident's
 * tickets) imports the root from here, never retypes it.
 */
export const roots = {
  me: ['me'],
  home: ['home'],
  reference: ['reference'],
  tickets: ['tickets'],
  workbench: ['workbench'],
  notifications: ['notifications'],
  points: ['points'],
  activities: ['activities'],
  merchant: ['merchant'],
  dev: ['dev'],
} as const

export type Root = keyof typeof roots
