import { describe, expect, it } from 'vitest'
import { floorLabel, floorOf, layoutUnits, parseUnitList, unitKey } from './units'

describe('floorOf', () => {
  it('reads the floor from the usual ways units are named', () => {
    expect(floorOf('4B')).toBe(4)
    expect(floorOf('12c')).toBe(12)
    expect(floorOf('Apt 4B')).toBe(4)
    expect(floorOf('402')).toBe(4)
    expect(floorOf('1205')).toBe(12)
    expect(floorOf('4-02')).toBe(4)
    expect(floorOf('G2')).toBe(0)
    expect(floorOf('Shipping')).toBeNull()
    expect(floorOf('7')).toBeNull()
  })
  it('labels floors', () => {
    expect([floorLabel(0), floorLabel(3), floorLabel(null)]).toEqual(['Ground floor', 'Floor 3', 'Other units'])
  })
})

describe('unitKey', () => {
  it('matches a unit however it was typed', () => {
    expect(unitKey('apt 4b')).toBe(unitKey('4B'))
    expect(unitKey('#4-B')).toBe('4B')
    expect(unitKey('  ')).toBe('')
  })
})

describe('layoutUnits', () => {
  it('lays out floors × letters and floors × numbers', () => {
    const grid = layoutUnits('1-6', 'A-D')
    expect(grid).toHaveLength(24)
    expect(grid.slice(0, 5)).toEqual(['1A', '1B', '1C', '1D', '2A'])
    expect(grid.at(-1)).toBe('6D')
    expect(layoutUnits('1, 3', '1-2')).toEqual(['101', '102', '301', '302'])
    expect(layoutUnits('2', 'a, b')).toEqual(['2A', '2B'])
  })
  it('says what is wrong with a bad layout', () => {
    expect(() => layoutUnits('6-1', 'A-D')).toThrow('Floors “6-1” runs backwards')
    expect(() => layoutUnits('one', 'A-D')).toThrow('Floors “one” is not a number')
    expect(() => layoutUnits('', 'A-D')).toThrow('Type the floors')
    expect(() => layoutUnits('1-100', '1-99')).toThrow('at most 2000')
  })
})

describe('parseUnitList', () => {
  it('reads lists, ranges and names, leaving out repeats', () => {
    expect(parseUnitList('1A, 1B\n2A-2C; Shipping, 1a')).toEqual(['1A', '1B', '2A', '2B', '2C', 'Shipping'])
    expect(parseUnitList('101-103')).toEqual(['101', '102', '103'])
    expect(parseUnitList('01-03')).toEqual(['01', '02', '03'])
    expect(() => parseUnitList('110-101')).toThrow('runs backwards')
  })
})
