import { describe, expect, it } from 'vitest'
import { NO_FILTER, toMatrixFilter } from './MatrixFilters'

describe('toMatrixFilter', () => {
  it('reads typed dates as whole local days, the end date included', () => {
    const filter = toMatrixFilter({ ...NO_FILTER, from: '2026-10-01', to: '2026-10-31' })
    expect(filter.from).toBe(new Date(2026, 9, 1).getTime())
    expect(filter.to).toBe(new Date(2026, 10, 1).getTime() - 1)
  })

  it('leaves out what is not chosen, and ignores a half-typed date', () => {
    expect(toMatrixFilter({ ...NO_FILTER, campaignId: 'c1', from: '2026-1' })).toEqual({ campaignId: 'c1', from: undefined, to: undefined })
  })
})
