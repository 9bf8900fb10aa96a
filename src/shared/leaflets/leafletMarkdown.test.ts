import { describe, expect, it } from 'vitest'
import { scalar } from '../notebook/scalar'
import { readLeafletSource } from './leafletHtmlSource'
import { leafletWith } from './leafletHtmlTestkit'
import { leafletMarkdown } from './leafletMarkdown'

describe('leaflet Markdown', () => {
  it('writes headings, lists and gathered quotes as block quotes with their credit', () => {
    const doc = leafletWith(
      [
        [{ kind: 'heading', level: 1 }, 'No heat, no rent'],
        [{ kind: 'paragraph' }, 'Rent is *due* on the 1st'],
        [{ kind: 'number' }, 'Sign the letter'],
        [{ kind: 'number' }, 'Come on Tuesday'],
        [{ kind: 'gathered-quote', noteId: 'n1', quoteId: 'q1' }, '“We wear coats indoors.” — Ana P.'],
      ],
      [[{ kind: 'paragraph' }, 'Sin calefacción, no hay renta']],
      { 'cite:q1': { noteId: scalar('n1'), use: scalar('public'), attribution: scalar('Ana P.'), at: 1 } },
    )
    expect(leafletMarkdown(readLeafletSource(doc))).toBe(
      '# No heat, no rent\n\nRent is \\*due\\* on the 1st\n\n1. Sign the letter\n2. Come on Tuesday\n\n> “We wear coats indoors.”\n>\n> — Ana P.\n\n---\n\nSin calefacción, no hay renta\n',
    )
  })
})
