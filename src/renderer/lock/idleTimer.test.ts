import { afterEach, describe, expect, it, vi } from 'vitest'
import { IdleTimer } from './idleTimer'

describe('IdleTimer', () => {
  afterEach(() => vi.useRealTimers())

  it('fires after the idle time, and each touch starts the wait again', () => {
    vi.useFakeTimers()
    const onIdle = vi.fn()
    const timer = new IdleTimer(1000, onIdle)
    vi.advanceTimersByTime(900)
    timer.touch()
    vi.advanceTimersByTime(900)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    expect(onIdle).toHaveBeenCalledTimes(1)
    timer.touch()
    timer.stop()
    vi.advanceTimersByTime(5000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })
})
