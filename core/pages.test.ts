import { existsSync } from 'node:fs'
import path from 'node:path'
import { LINKED_PAGES, pageLink } from './pages'

test.each(Object.entries(LINKED_PAGES))('linked page %s exists in the mini program', (_name, page) => {
  expect(existsSync(path.join(__dirname, '..', 'miniprogram', 'src', `${page}.tsx`))).toBe(true)
})

test('links carry their query', () => {
  expect(pageLink('voteBallot', { voteId: 'v:1' })).toBe('packages/vote/pages/ballot/index?voteId=v%3A1')
})
