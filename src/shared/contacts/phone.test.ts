import { describe, expect, it } from 'vitest'
import { isNormalizedPhone, normalizePhone, normalizePhones } from './phone'

describe('phone numbers', () => {
  it.each([
    ['718-555-0150 ext. 2', '+17185550150;ext=2'],
    ['718-555-0150 x2', '+17185550150;ext=2'],
    ['(718) 555-0150 extension 23', '+17185550150;ext=23'],
    ['718-555-0150;ext=2', '+17185550150;ext=2'],
    ['tel:+1-917-555-0199;ext=7', '+19175550199;ext=7'],
    ['+44 20 7946 0958 ext 4', '+442079460958;ext=4'],
    ['(212) 555-0101', '+12125550101'],
  ])('keep the extension of %s', (typed, stored) => {
    expect(normalizePhone(typed, 'us')).toBe(stored)
    expect(isNormalizedPhone(stored)).toBe(true)
    // Stored numbers read back as themselves.
    expect(normalizePhone(stored, 'us')).toBe(stored)
  })

  it('keep a number it cannot read as typed, and tell one extension from another', () => {
    expect(normalizePhone(' call the office ', 'US')).toBe('call the office')
    expect(isNormalizedPhone('call the office')).toBe(false)
    expect(normalizePhones(['718-555-0150 ext. 2', '718-555-0150 x3', '718 555 0150'], 'US')).toEqual(['+17185550150;ext=2', '+17185550150;ext=3', '+17185550150'])
  })
})
