/**
 * Mini program page paths the server links to (subscription messages, to-do entries). One place, so
 * a moved page fails `core/pages.test.ts` instead of a message opening nothing.
 */
export const LINKED_PAGES = {
  voteBallot: 'packages/vote/pages/ballot/index',
  voteDetail: 'packages/vote/pages/detail/index',
  voteStatistics: 'packages/vote/pages/statistics/index',
  accountStaff: 'packages/account/pages/staff/index',
  committeeMeeting: 'packages/committee/pages/meeting/index',
  disclosureDetail: 'packages/disclosures/pages/detail/index',
  disclosureCalendar: 'packages/disclosures/pages/calendar/index',
  transferDetail: 'packages/disclosures/pages/transfer/index',
  evaluationObjection: 'packages/evaluations/pages/objection/index',
  evaluationStatistics: 'packages/evaluations/pages/statistics/index',
  tenderProject: 'packages/tender/pages/project/index',
  trainingCourse: 'packages/training/pages/course/index',
  messages: 'pages/messages/index',
  noticeReceived: 'packages/notices/pages/received/index',
} as const

export function pageLink(page: keyof typeof LINKED_PAGES, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString()
  return search ? `${LINKED_PAGES[page]}?${search}` : LINKED_PAGES[page]
}
