import { describe, expect, it } from 'vitest'
import { fileNameFor } from './fileNameFor'

describe('fileNameFor', () => {
  it('keeps letters of any script and replaces path separators and punctuation', () => {
    expect(fileNameFor('Inquilinos de Maple Ct. / 2ª', '.massline.json')).toBe('Inquilinos de Maple Ct_ _ 2ª.massline.json')
    expect(fileNameFor('../../etc', ' contacts.csv')).toBe('_etc contacts.csv')
  })
})
