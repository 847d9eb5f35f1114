import { isComplete, mergeIntervals, playable, watchedSeconds } from './progress'

describe('watched intervals', () => {
  it('count each second once and join touching stretches', () => {
    expect(
      mergeIntervals([
        [10, 20],
        [0, 5],
        [5, 8],
        [15, 30],
      ]),
    ).toEqual([
      [0, 8],
      [10, 30],
    ])
    expect(
      watchedSeconds(
        [
          [0, 10],
          [5, 15],
          [0, 10],
        ],
        100,
      ),
    ).toBe(15)
  })

  it('seeking ahead adds nothing: only what was played counts, and not past the end', () => {
    // Watched 0–10, jumped to 90, watched 90–100 of a 100-second course: 20 seconds, not complete.
    expect(
      watchedSeconds(
        [
          [0, 10],
          [90, 120],
        ],
        100,
      ),
    ).toBe(20)
    expect(
      isComplete(
        [
          [0, 10],
          [90, 100],
        ],
        100,
      ),
    ).toBe(false)
  })

  it('completes at 90% watched', () => {
    expect(isComplete([[0, 89.9]], 100)).toBe(false)
    expect(
      isComplete(
        [
          [0, 50],
          [50, 90],
        ],
        100,
      ),
    ).toBe(true)
  })

  it('accepts no more of a reported stretch than the time since the last report allows', () => {
    expect(playable(0, 10, 10)).toEqual([0, 10])
    expect(playable(0, 100, 10)).toEqual([0, 12])
    expect(playable(40, 100, null)).toEqual([40, 57])
    expect(playable(10, 10, 5)).toBeNull()
    expect(playable(10, 5, 5)).toBeNull()
  })
})
