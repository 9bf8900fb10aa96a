import { describe, expect, it } from 'vitest'
import { matrixParam, readMatrixParam } from './matrixRoute'

describe('the matrix address', () => {
  it('round-trips filters and the open cell, leaving out what is unset', () => {
    const state = { form: { campaignId: 'rent strike', placeId: '', from: '2026-10-01', to: '' }, cell: 'p1|t2' }
    expect(matrixParam(state)).toBe('campaignId=rent+strike&from=2026-10-01&cell=p1%7Ct2')
    expect(readMatrixParam(matrixParam(state))).toEqual(state)
  })

  it('reads an empty or foreign address as no filter', () => {
    expect(readMatrixParam('')).toEqual({ form: { campaignId: '', placeId: '', from: '', to: '' }, cell: '' })
    expect(readMatrixParam('junk')).toEqual(readMatrixParam(''))
  })
})
