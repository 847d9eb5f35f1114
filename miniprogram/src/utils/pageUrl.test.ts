import { pageUrl } from './pageUrl'

describe('pageUrl', () => {
  it('encodes every value and leaves out empty ones', () => {
    expect(pageUrl('/p/index', { id: 'a&b=c', name: '桃源居 1栋', none: undefined, blank: '' })).toBe(
      '/p/index?id=a%26b%3Dc&name=%E6%A1%83%E6%BA%90%E5%B1%85%201%E6%A0%8B',
    )
  })

  it('is the bare path without parameters', () => {
    expect(pageUrl('/p/index')).toBe('/p/index')
    expect(pageUrl('/p/index', { id: undefined })).toBe('/p/index')
  })
})
