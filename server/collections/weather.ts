/** What the weather cache keeps: one reading per place and kind, or a district's place. */
export type WeatherCacheKind = 'now' | 'days' | 'warnings' | 'place' | 'district'

/**
 * `weatherCache`: the weather service's last answer for one place and kind, id `weather:<kind>:<key>`
 * (the key is the place id, or the district's name for `district`), served until `expiresAt`. Only places
 * someone chose are kept: keyword matches are never stored.
 */
export interface WeatherCacheDoc {
  _id: string
  kind: WeatherCacheKind
  key: string
  data: unknown
  fetchedAt: Date
  expiresAt: Date
}
