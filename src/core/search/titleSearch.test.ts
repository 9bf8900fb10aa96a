import { describe, expect, it } from 'vitest'
import { foldedTitle, needlesOf, titleScore, titleTerms } from './titleSearch'

describe('title scan (while the full text loads, and for one or two letters)', () => {
  const title = foldedTitle('José Muñoz-García')

  it('matches when every word starts a word of the title, accents folded; whole words score higher', () => {
    expect(titleScore(title, needlesOf(['jose']))).toBe(2)
    expect(titleScore(title, needlesOf(['jo']))).toBe(1)
    expect(titleScore(title, needlesOf(['gar', 'jose']))).toBe(3)
    expect(titleScore(title, needlesOf(['ose']))).toBe(0)
    expect(titleScore(title, needlesOf(['jose', 'smith']))).toBe(0)
  })

  it('folds titles as the tokenizer and the index would', () => {
    expect(foldedTitle("  Rent strike -- 12% up, O'Brien's 3B ")).toBe(' rent strike 12 up o brien s 3b')
    expect(foldedTitle('Tenants’ association: Ñandú, 尉迟擎宇')).toBe(' tenants association nandu 尉迟擎宇')
    expect(foldedTitle('')).toBe(' ')
  })

  it('names the title words matched, to highlight', () => {
    expect([...titleTerms(title, ['mu', 'g'])]).toEqual(['munoz', 'garcia'])
  })
})
