import { createLargeFontStore, LARGE_FONT_KEY, rootFontSize, type KeyValueStorage } from './fontScale'

function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data = { ...initial }
  return { data, read: (key) => data[key], write: (key, value) => (data[key] = value) }
}

describe('the root font size', () => {
  it("follows WeChat's own setting in normal mode (page-meta root-font-size system)", () => {
    expect(rootFontSize(false, 'weapp', 20)).toBe('system')
    expect(rootFontSize(false, 'h5', undefined)).toBe('16px')
  })

  it('makes 大字模式 a quarter larger than WeChat’s size, never smaller than the base', () => {
    expect(rootFontSize(true, 'weapp', 16)).toBe('20px')
    expect(rootFontSize(true, 'weapp', 24)).toBe('30px')
    expect(rootFontSize(true, 'weapp', 12)).toBe('20px')
    expect(rootFontSize(true, 'h5', undefined)).toBe('20px')
  })
})

describe('the 大字模式 switch', () => {
  it('persists and tells every page showing it', () => {
    const storage = memoryStorage()
    const store = createLargeFontStore(storage)
    expect(store.get()).toBe(false)
    const seen: boolean[] = []
    const unsubscribe = store.subscribe((v) => seen.push(v))
    store.set(true)
    expect(seen).toEqual([true])
    expect(storage.data[LARGE_FONT_KEY]).toBe(true)
    unsubscribe()
    store.set(false)
    expect(seen).toEqual([true])
    expect(createLargeFontStore(memoryStorage({ [LARGE_FONT_KEY]: true })).get()).toBe(true)
  })
})
