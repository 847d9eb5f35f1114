/** Every collection the product uses; each one is server-only in production (clients go through functions). */
export const COLLECTIONS = {
  communities: 'communities',
  units: 'units',
  persons: 'persons',
  bindings: 'bindings',
  roles: 'roles',
  smsCodes: 'smsCodes',
  outbox: 'outbox',
  audit: 'audit',
  votes: 'votes',
  ballots: 'ballots',
  voteEntries: 'voteEntries',
  todos: 'todos',
  subscriptions: 'subscriptions',
  delegations: 'delegations',
  faceChecks: 'faceChecks',
  faceFailures: 'faceFailures',
  committeeMembers: 'committeeMembers',
  filings: 'filings',
  trainings: 'trainings',
  meetings: 'meetings',
  fundAccounts: 'fundAccounts',
  creditProfiles: 'creditProfiles',
  creditRecords: 'creditRecords',
  /** Local emulator only: the personas the dev login page lists. */
  devPersonas: 'devPersonas',
} as const

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]
