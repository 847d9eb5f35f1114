/*
 * Large-font mode (大字模式). Every text size and tap height is in rem (styles/scale.scss), so the
 * page's root font size scales them all: in the mini program `page-meta`'s root-font-size, which
 * "system" ties to WeChat's own font-size setting (关怀模式 raises it too); in H5 the html element's
 * font size. The person's 大字模式 switch in 我的 adds a quarter on top and is kept in storage.
 */
export const LARGE_FONT_KEY = 'yw.largeFont'
/** How much bigger 大字模式 makes everything. */
export const LARGE_SCALE = 1.25
/** The root size the styles are written for: 1rem = 16 px = 32 design px. */
export const BASE_FONT_PX = 16

export type Platform = 'weapp' | 'h5'

/**
 * The root font size to set. Normal mode in the mini program is "system", so WeChat's setting rules;
 * 大字模式 takes WeChat's size (never below the base) a quarter larger.
 */
export function rootFontSize(large: boolean, platform: Platform, systemPx: number | undefined): string {
  const system = Math.max(BASE_FONT_PX, systemPx ?? BASE_FONT_PX)
  if (!large) return platform === 'weapp' ? 'system' : `${BASE_FONT_PX}px`
  return `${Math.round((platform === 'weapp' ? system : BASE_FONT_PX) * LARGE_SCALE)}px`
}

/** What the switch and every page read: one value, told to every page showing it. */
export interface LargeFontStore {
  get(): boolean
  set(large: boolean): void
  subscribe(onChange: (large: boolean) => void): () => void
}

export interface KeyValueStorage {
  read(key: string): unknown
  write(key: string, value: boolean): void
}

export function createLargeFontStore(storage: KeyValueStorage): LargeFontStore {
  let large = storage.read(LARGE_FONT_KEY) === true
  const listeners = new Set<(large: boolean) => void>()
  return {
    get: () => large,
    set(next) {
      large = next
      storage.write(LARGE_FONT_KEY, next)
      for (const listener of listeners) listener(next)
    },
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}
