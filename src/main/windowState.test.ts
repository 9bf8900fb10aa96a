import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clampWindowState, DEFAULT_SIZE, type Rect } from './windowState'

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }
const right: Rect = { x: 1440, y: -200, width: 2560, height: 1400 }

describe('window state', () => {
  it('starts at the default size, centred by the system, the first time', () => {
    expect(clampWindowState(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('keeps a state that fits', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 900, maximized: true }
    expect(clampWindowState(saved, [laptop, right])).toEqual(saved)
  })

  it('drops the position of a window left on a display that is gone', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 900, maximized: false }
    expect(clampWindowState(saved, [laptop])).toEqual({ width: 1200, height: 875, maximized: false })
  })

  it('pulls a window hanging off the edge back and shrinks it to the display', () => {
    const saved = { x: -900, y: 500, width: 1000, height: 2000, maximized: false }
    expect(clampWindowState(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1000, height: 875, maximized: false })
  })

  it('always yields a window lying wholly on a display when it has a position', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 200, max: 4000 }),
      height: fc.integer({ min: 200, max: 3000 }),
    })
    fc.assert(
      fc.property(rect, fc.array(rect, { minLength: 1, maxLength: 3 }), fc.boolean(), (saved, areas, maximized) => {
        const state = clampWindowState({ ...saved, maximized }, areas)
        expect(state.maximized).toBe(maximized)
        if (state.x === undefined || state.y === undefined) return
        const on = areas.some(
          (a) =>
            state.x! >= a.x && state.y! >= a.y && state.x! + state.width <= a.x + a.width && state.y! + state.height <= a.y + a.height,
        )
        expect(on).toBe(true)
      }),
    )
  })
})
