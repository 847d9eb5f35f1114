/** The role grant (`roles`) a roster person's WeChat account holds: `roster:<memberId>`. */
export function rosterAccountId(memberId: string): string {
  return `roster:${memberId}`
}
