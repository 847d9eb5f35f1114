/*
 * Client-only wording. Times, areas, rooms and measure words come from the shared kit in
 * core/format (`@core/format`); what is here has no use on the server.
 */

/** "街道办审核人·桃源街道（待审核）": the scope of a street/district role, and a role not yet approved says so. */
export function formatRole(role: { label: string; scopeName?: string; status: string }): string {
  const name = role.scopeName ? `${role.label}·${role.scopeName}` : role.label
  if (role.status === 'pending') return `${name}（待审核）`
  if (role.status === 'revoked') return `${name}（已撤销）`
  return name
}

/** '2024-01-01 至 2026-12-31', or what is known of it. */
export function termText(start: string | null, end: string | null): string {
  if (!start && !end) return '未填写'
  return `${start ?? '?'} 至 ${end ?? '?'}`
}
