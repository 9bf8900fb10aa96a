import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { plainText } from './plainText'
import { writeRichBody } from './writeRichBody'

describe('writeRichBody', () => {
  it('writes one block marker per block, each followed by its text', () => {
    const doc = A.change(A.from({ body: '' }), (d) =>
      writeRichBody(d, ['body'], [
        { spec: { kind: 'paragraph' }, text: 'Talked at the door.' },
        { spec: { kind: 'blockquote' }, text: '“No heat since October.”' },
        { spec: { kind: 'bullet' }, text: 'Call back' },
      ]),
    )
    const blocks = A.spans(doc, ['body']).filter((s) => s.type === 'block')
    expect(blocks.map((b) => String((b.value as { type: unknown }).type))).toEqual(['paragraph', 'blockquote', 'unordered-list-item'])
    expect(plainText(doc.body)).toBe('Talked at the door.\n“No heat since October.”\nCall back')
  })
})
