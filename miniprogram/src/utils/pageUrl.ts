/** Query values a page reads; empty and missing ones are left out. */
export type PageParams = Record<string, string | undefined>

/**
 * A page's URL with its query, every value encoded, so an id or a name can never break the query.
 * (encodeURIComponent rather than URLSearchParams: the mini program's JS engine has no URLSearchParams.)
 * Pages read the values back decoded through hooks/useParams.
 */
export function pageUrl(path: string, params: PageParams = {}): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${path}?${query}` : path
}
