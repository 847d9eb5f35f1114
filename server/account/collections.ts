/**
 * Collections owned by the account and committee functions, beside the shared ones in
 * server/collections.ts (to be folded into COLLECTIONS by the lead).
 */
export const COMMITTEE_COLLECTIONS = {
  committeeMembers: 'committeeMembers',
  filings: 'filings',
  trainings: 'trainings',
  meetings: 'meetings',
  fundAccounts: 'fundAccounts',
  creditProfiles: 'creditProfiles',
  creditRecords: 'creditRecords',
} as const
