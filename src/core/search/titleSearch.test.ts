import { describe, expect, it } from 'vitest'
import { foldedTitle, titleScore, titleTerms } from './titleSearch'

describe('title scan (while the full text loads, and for one or two letters)', () => {
  const title = foldedTitle('José Muñoz-García')

  it('matches when every word starts a word of the title, accents folded; whole words score higher', () => {
    expect(titleScore(title, ['jose'])).toBe(2)
    expect(titleScore(title, ['jo'])).toBe(1)
    expect(titleScore(title, ['gar', 'jose'])).toBe(3)
    expect(titleScore(title, ['ose'])).toBe(0)
    expect(titleScore(title, ['jose', 'smith'])).toBe(0)
  })

  it('names the title words matched, to highlight', () => {
    expect([...titleTerms(title, ['mu', 'g'])]).toEqual(['munoz', 'garcia'])
  })
})
