/**
 * The one checked-in list of database collections and their indexes.
 *
 * OPERATOR: production does not read this file. Before the first deploy (and after every change
 * here) open the CloudBase console → 数据库, create every collection named below, and on each
 * one create the same indexes: the same fields in the same order, ascending, and tick 唯一
 * where `unique: true`. A missing collection makes every call on it fail (-502005); a missing
 * index makes reads slow and a missing unique index lets duplicates in.
 *
 * The local emulator (emulator/db) reads this file: declared collections exist from the start,
 * declared fields are indexed in SQLite, and unique indexes reject duplicates the way CloudBase
 * does (a document without the field counts as `null`, so two such documents collide).
 */

export interface IndexSpec {
  /** Stable name; the console shows it, the emulator names its SQLite index after it. */
  name: string
  /** Dotted paths, most selective first (order matters, as in the console). */
  fields: string[]
  unique?: boolean
}

export const INDEXES: Record<string, IndexSpec[]> = {
  communities: [
    { name: 'street', fields: ['street'] },
    { name: 'district', fields: ['district'] },
  ],
  persons: [
    { name: 'idHash_communityId', fields: ['idHash', 'communityId'], unique: true },
    { name: 'communityId', fields: ['communityId'] },
  ],
  units: [
    { name: 'communityId', fields: ['communityId'] },
    { name: 'communityId_room', fields: ['communityId', 'room'] },
  ],
  bindings: [
    { name: 'openid', fields: ['openid'] },
    { name: 'personId', fields: ['personId'] },
    { name: 'communityId', fields: ['communityId'] },
  ],
  roles: [
    { name: 'openid', fields: ['openid'] },
    { name: 'communityId', fields: ['communityId'] },
    { name: 'personId', fields: ['personId'] },
    { name: 'name_phone', fields: ['name', 'phone'] },
    // Every active holder of some roles: a required course's to-dos when it is published (server/training/required.ts).
    { name: 'role_status', fields: ['role', 'status'] },
  ],
  delegations: [
    { name: 'delegateOpenid', fields: ['delegateOpenid'] },
    { name: 'unitId', fields: ['unitId'] },
    { name: 'ownerPersonId', fields: ['ownerPersonId'] },
    { name: 'delegateIdHash', fields: ['delegateIdHash'] },
  ],
  smsCodes: [],
  evaluations: [{ name: 'communityId_target_period_ratedAt', fields: ['communityId', 'target', 'period', 'ratedAt'] }],
  evaluationStats: [
    { name: 'communityId_target', fields: ['communityId', 'target'] },
    // The ranking's board: a period's tallies, and whether one changed since the board was built (server/evaluations/board.ts).
    { name: 'period_changedAt', fields: ['period', 'changedAt'] },
  ],
  evaluationBoards: [],
  smsQuotas: [],
  outbox: [{ name: 'kind', fields: ['kind'] }],
  subscriptions: [{ name: 'openid_templateId', fields: ['openid', 'templateId'] }],
  faceChecks: [{ name: 'communityId_idHash', fields: ['communityId', 'idHash'] }],
  committeeMembers: [
    { name: 'communityId_status', fields: ['communityId', 'status'] },
    { name: 'name_phone', fields: ['name', 'phone'] },
  ],
  filings: [{ name: 'communityId', fields: ['communityId'] }],
  trainings: [{ name: 'communityId', fields: ['communityId'] }],
  meetings: [{ name: 'communityId_heldAt', fields: ['communityId', 'heldAt'] }],
  fundAccounts: [{ name: 'communityId', fields: ['communityId'] }],
  creditProfiles: [],
  creditRecords: [{ name: 'communityId', fields: ['communityId'] }],
  // 信息公开查询: a community's items by status and category, newest first (server/disclosures/list.ts).
  disclosures: [
    { name: 'communityId_status', fields: ['communityId', 'status'] },
    { name: 'communityId_category', fields: ['communityId', 'category'] },
  ],
  disclosureImports: [],
  disclosureCalendars: [],
  // 纠错 under an item, oldest first (server/disclosures/correctionRequests.ts).
  disclosureCorrections: [{ name: 'disclosureId_createdAt', fields: ['disclosureId', 'createdAt'] }],
  transfers: [
    { name: 'communityId_year', fields: ['communityId', 'year'] },
    // Several transfers to one payee within 30 days (server/disclosures/splitTransfers.ts).
    { name: 'communityId_payeeAccount_plannedOn', fields: ['communityId', 'payeeAccount', 'plannedOn'] },
  ],
  faceFailures: [],
  /** Read by id only (`weather:<kind>:<key>`). */
  weatherCache: [],
  tenderProjects: [
    { name: 'projectNo', fields: ['projectNo'], unique: true },
    { name: 'communityId', fields: ['communityId'] },
  ],
  tenderEvents: [{ name: 'projectId', fields: ['projectId'] }],
  /** Read by id (the nonce); old ones are cleared by their receipt time (server/tender/nonces.ts). */
  tenderNonces: [{ name: 'at', fields: ['at'] }],
  courses: [{ name: 'publishedAt', fields: ['publishedAt'] }],
  courseProgress: [{ name: 'communityId', fields: ['communityId'] }],
  devPersonas: [],
  votes: [
    { name: 'communityId_state', fields: ['communityId', 'state'] },
    { name: 'street_state', fields: ['street', 'state'] },
    { name: 'district_state', fields: ['district', 'state'] },
  ],
  ballots: [
    { name: 'voteId', fields: ['voteId'] },
    { name: 'voteId_channel', fields: ['voteId', 'channel'] },
    { name: 'voteId_coOwned', fields: ['voteId', 'coOwned'] },
    { name: 'voteId_receipt', fields: ['voteId', 'receipt'] },
  ],
  voteEntries: [{ name: 'voteId_kind', fields: ['voteId', 'kind'] }],
  voteReminders: [{ name: 'voteId_channel', fields: ['voteId', 'channel'] }],
  // 待办/已办 of an organisation, newest change first, and the badge's count (server/todos/read.ts).
  todos: [
    { name: 'assigneeKey_status_updatedAt', fields: ['assigneeKey', 'status', 'updatedAt'] },
    { name: 'targetId', fields: ['targetId'] },
  ],
  // A committee's notices by its keys (city, district, street, community), newest first; a centre's own (server/notices).
  notices: [
    { name: 'targetKeys_publishedAt', fields: ['targetKeys', 'publishedAt'] },
    { name: 'senderKey_updatedAt', fields: ['senderKey', 'updatedAt'] },
  ],
  noticeReceipts: [
    { name: 'communityId', fields: ['communityId'] },
    { name: 'noticeId', fields: ['noticeId'] },
  ],
  audit: [
    { name: 'targetId', fields: ['targetId'] },
    { name: 'action', fields: ['action'] },
  ],
}

/** The declared indexes of one collection (empty when it has none or is not declared). */
export function indexesOf(collection: string): readonly IndexSpec[] {
  return Object.prototype.hasOwnProperty.call(INDEXES, collection) ? INDEXES[collection] : []
}

/** Every declared collection name. */
export function declaredCollections(): string[] {
  return Object.keys(INDEXES)
}
