import { parseArgs } from './main'

describe('emulator/main.ts arguments', () => {
  it('defaults to port 8787 (or PORT) and .data', () => {
    expect(parseArgs([], {})).toEqual({ port: 8787, data: '.data', reset: false, build: true })
    expect(parseArgs([], { PORT: '9000' }).port).toBe(9000)
  })

  it('reads --port, --data, --reset and --no-build, with or without =', () => {
    expect(parseArgs(['--port', '0', '--data=/tmp/x', '--reset', '--no-build'], {})).toEqual({
      port: 0,
      data: '/tmp/x',
      reset: true,
      build: false,
    })
    expect(parseArgs(['--port=8788'], {}).port).toBe(8788)
  })

  it('refuses unknown flags and bad ports', () => {
    expect(() => parseArgs(['--verbose'], {})).toThrow('不认识的参数')
    expect(() => parseArgs(['--port', 'abc'], {})).toThrow('端口不正确')
  })
})
