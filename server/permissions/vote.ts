import type { Grantee, PermissionTable } from './index'

/*
 * The electronic vote (manual 十一). Every action also checks, inside, that the role reaches the
 * vote's community (street/district for government roles); casting checks the frozen roll.
 */
const DRAFTERS: readonly Grantee[] = ['director', 'staff']
const COMMITTEE: readonly Grantee[] = ['director', 'staff', 'member', 'alternate']
const SUPERVISORS: readonly Grantee[] = ['streetReviewer', 'districtCentre', 'cityCentre', 'operator']
const OWNERS: readonly Grantee[] = ['owner', 'delegate']
/** The committee people who see a draft's scope; alternates (候补委员) do not draft. */
const SCOPE_READERS: readonly Grantee[] = ['director', 'staff', 'member']

export const VOTE_PERMISSIONS: PermissionTable = {
  'manageVote.createDraft': DRAFTERS,
  'manageVote.updateDraft': DRAFTERS,
  'manageVote.deleteDraft': DRAFTERS,
  'manageVote.submit': DRAFTERS,
  'manageVote.approve': ['streetReviewer'],
  'manageVote.reject': ['streetReviewer'],
  'manageVote.list': [...COMMITTEE, ...SUPERVISORS],
  'manageVote.get': [...COMMITTEE, ...SUPERVISORS, ...OWNERS],
  'manageVote.turnout': [...COMMITTEE, ...SUPERVISORS, ...OWNERS],
  'manageVote.nonParticipants': [...COMMITTEE, 'streetReviewer'],
  'manageVote.exportNonParticipants': [...COMMITTEE, 'streetReviewer'],
  'manageVote.findFaceFailures': DRAFTERS,
  'manageVote.verifyInPerson': DRAFTERS,
  'manageVote.remind': DRAFTERS,
  'manageVote.auditLog': [...COMMITTEE, ...SUPERVISORS],
  'manageVote.listBuildings': SCOPE_READERS,

  'castVote.openVotes': OWNERS,
  'castVote.ballotPage': OWNERS,
  'castVote.cast': OWNERS,
  'castVote.myBallots': OWNERS,
  'castVote.verifyReceipt': OWNERS,
  'castVote.noticeStatus': OWNERS,
  'castVote.subscribe': OWNERS,

  'supplementVote.overview': [...COMMITTEE, 'streetReviewer'],
  'supplementVote.startSupplement': DRAFTERS,
  'supplementVote.findRoom': DRAFTERS,
  'supplementVote.enterPaper': DRAFTERS,
  'supplementVote.confirmCoOwned': DRAFTERS,
  'supplementVote.finishSupplement': DRAFTERS,
  'supplementVote.enterFollow': DRAFTERS,
  'supplementVote.finishFollowMajority': DRAFTERS,

  'tallyVote.statistics': [...COMMITTEE, ...SUPERVISORS],
  'tallyVote.enterStatistics': DRAFTERS,
  'tallyVote.explainDifference': DRAFTERS,
  'tallyVote.confirm': ['director', 'streetReviewer'],
  'tallyVote.complete': DRAFTERS,
  'tallyVote.result': [...COMMITTEE, ...SUPERVISORS, ...OWNERS],
}
