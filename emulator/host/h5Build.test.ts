import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { h5BuildState } from './h5Build'

describe('h5BuildState', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-build-'))
    fs.mkdirSync(path.join(root, 'miniprogram', 'src', 'pages'), { recursive: true })
    fs.mkdirSync(path.join(root, 'core'))
    fs.writeFileSync(path.join(root, 'miniprogram', 'src', 'pages', 'a.tsx'), '')
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  const build = (at: Date) => {
    fs.mkdirSync(path.join(root, 'miniprogram', 'dist', 'h5'), { recursive: true })
    const index = path.join(root, 'miniprogram', 'dist', 'h5', 'index.html')
    fs.writeFileSync(index, '')
    fs.utimesSync(index, at, at)
  }

  it('is missing without index.html, fresh when newer than every source, stale otherwise', () => {
    expect(h5BuildState(root)).toEqual({ kind: 'missing' })
    build(new Date(Date.now() + 60_000))
    expect(h5BuildState(root)).toEqual({ kind: 'fresh' })
    build(new Date(Date.now() - 60_000))
    expect(h5BuildState(root)).toEqual({ kind: 'stale', newer: path.join('miniprogram', 'src', 'pages', 'a.tsx') })
  })
})
