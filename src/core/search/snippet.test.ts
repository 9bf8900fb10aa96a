import { describe, expect, it } from 'vitest'
import { snippetOf } from './snippet'

describe('snippetOf', () => {
  const marked = (text: string, terms: string[]) => {
    const { snippet, ranges } = snippetOf(text, new Set(terms))
    return { snippet, words: ranges.map(([s, e]) => snippet.slice(s, e)) }
  }

  it('marks every matched word, accents folded, within a window around the first', () => {
    const text = `${'Intro words. '.repeat(20)}José said the heat was off, and heat matters to Muñoz.`
    const { snippet, words } = marked(text, ['heat', 'jose', 'munoz'])
    expect(snippet.startsWith('…')).toBe(true)
    expect(words).toEqual(['José', 'heat', 'heat', 'Muñoz'])
  })

  it('starts at the line of the match when it is near', () => {
    expect(marked('+12125550188 · committee\nKnows everyone on the fourth floor', ['fourth']).snippet).toBe('Knows everyone on the fourth floor')
  })

  it('gives nothing when no word matched', () => {
    expect(marked('The boiler is broken', ['heat'])).toEqual({ snippet: '', words: [] })
  })
})
