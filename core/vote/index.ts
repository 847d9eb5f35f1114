/** The vote count: pure, database-free, shared by cloud functions and the mini program. */
export * from './types'
export { partiesOf, checkUnits, DEVELOPER_PARTY_ID, DEVELOPER_OWNER_KEY, MAX_SCOPE_AREA_CENTI } from './parties'
export {
  resolveBallot,
  resolveBallots,
  type RecordedBallot,
  type ElectronicRecord,
  type PaperRecord,
  type FollowEntryRecord,
  type Resolution,
  type ResolutionRule,
  type ResolveContext,
  type ResolveAllOptions,
  type ResolvedBallots,
  type UnresolvedBallot,
  type CoOwnerPolicy,
} from './resolve'
export {
  approvalTest,
  approves,
  followMajoritySide,
  meetsQuorum,
  quorumNeeded,
  quorumTest,
  type FollowSide,
  type Inequality,
  type Relation,
  type Term,
  type TestName,
} from './rules'
export { evaluateItem, type ChoiceFigures, type DimensionFigures, type ItemExplanation, type ItemResult } from './evaluate'
export { tally, tallyWithParties, type TallyInput, type ItemTally, type VoteTally } from './tally'
export { turnout, type Turnout, type TurnoutFigures } from './turnout'
export { reconcileStatistics, type EnteredItemStatistics, type Reconciliation, type StatisticsDifference } from './reconcile'
export { ballotDigest, digestLine, DIGEST_FORMAT, type BallotDigest } from './digest'
export { sha256Hex, utf8Bytes } from './sha256'
export { outcomeText, describeInequality, TEST_TEXT } from './explain'
export { verifyAnnouncement, type VerifyOutcome, type VerifyReport, type VerifyVariant, type CheckStatus } from './verify'
export { parseAnnouncement, parseAreaCenti, MAX_FIGURE, type Announcement, type FigurePair } from './verify-schema'
