import { castVoteApi, manageVoteApi, supplementVoteApi, tallyVoteApi } from '../../core/api/vote'
import { AREA_ROLES, COMMITTEE_ROLES, VOTER_ROLES, VOTE_STAFF_ROLES } from '../../core/roles'
import type { Grantee } from './table'
import { permissionsFor } from './table'

/*
 * The electronic vote (manual 十一). Every action also checks, inside, that the role reaches the
 * vote's community (street/district for government roles); casting checks the frozen roll.
 */
const DRAFTERS = VOTE_STAFF_ROLES
/** The committee people who see a draft's scope; alternates (候补委员) do not draft. */
const SCOPE_READERS: readonly Grantee[] = ['director', 'staff', 'member']
const WATCHERS: readonly Grantee[] = [...COMMITTEE_ROLES, ...AREA_ROLES]

const MANAGE = permissionsFor('manageVote', manageVoteApi, {
  createDraft: DRAFTERS,
  updateDraft: DRAFTERS,
  deleteDraft: DRAFTERS,
  submit: DRAFTERS,
  approve: ['streetReviewer'],
  reject: ['streetReviewer'],
  list: WATCHERS,
  get: [...WATCHERS, ...VOTER_ROLES],
  turnout: [...WATCHERS, ...VOTER_ROLES],
  nonParticipants: [...COMMITTEE_ROLES, 'streetReviewer'],
  exportNonParticipants: [...COMMITTEE_ROLES, 'streetReviewer'],
  findFaceFailures: DRAFTERS,
  verifyInPerson: DRAFTERS,
  remind: DRAFTERS,
  auditLog: WATCHERS,
  listBuildings: SCOPE_READERS,
})

const CAST = permissionsFor('castVote', castVoteApi, {
  openVotes: VOTER_ROLES,
  ballotPage: VOTER_ROLES,
  cast: VOTER_ROLES,
  myBallots: VOTER_ROLES,
  // A receipt's holder, whatever roles she holds now (a delegation for one vote ends with it): checked inside.
  verifyReceipt: ['anyone'],
  noticeStatus: VOTER_ROLES,
  subscribe: VOTER_ROLES,
})

const SUPPLEMENT = permissionsFor('supplementVote', supplementVoteApi, {
  overview: [...COMMITTEE_ROLES, 'streetReviewer'],
  startSupplement: DRAFTERS,
  findRoom: DRAFTERS,
  enterPaper: DRAFTERS,
  confirmCoOwned: DRAFTERS,
  finishSupplement: DRAFTERS,
  enterFollow: DRAFTERS,
  finishFollowMajority: DRAFTERS,
})

const TALLY = permissionsFor('tallyVote', tallyVoteApi, {
  statistics: WATCHERS,
  enterStatistics: DRAFTERS,
  explainDifference: DRAFTERS,
  confirm: ['director', 'streetReviewer'],
  complete: DRAFTERS,
  result: [...WATCHERS, ...VOTER_ROLES],
})

export const VOTE_PERMISSIONS = { ...MANAGE, ...CAST, ...SUPPLEMENT, ...TALLY }
