import { ImmutableString } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { redactor } from './redact'
import { scrubber, scrubValue } from './scrubValue'
import { holdsTrace } from './holdsTrace'

const scope = { ids: new Set(['contact-maria-1', 'quote-7']), words: ['Maria Quintanilla', '+15557654321'] }
const scrub = scrubber(scope, redactor)

describe('purge scrubbing', () => {
  it('replaces a name and a phone however it was typed, and leaves other words alone', () => {
    expect(scrub.text('Met maria  QUINTANILLA at 555.765.4321, then (555) 765-4321, and Maria Flores')).toBe('Met [removed] at [removed], then [removed], and Maria Flores')
    expect(scrub.text('+1 555 765 4321')).toBe('[removed]')
  })

  it('drops purged ids from lists and keys, and empties a reference to one', () => {
    const copied = scrubValue(
      {
        knows: [new ImmutableString('contact-maria-1'), new ImmutableString('contact-rosa-2')],
        recruitedBy: new ImmutableString('contact-maria-1'),
        'log:note-contact-maria-1': { at: 1 },
        quotes: { 'quote-7': { text: 'x' }, 'quote-8': { text: 'Maria Quintanilla said so' } },
      },
      scrub,
    )
    expect(copied).toEqual({
      knows: [new ImmutableString('contact-rosa-2')],
      recruitedBy: new ImmutableString(''),
      quotes: { 'quote-8': { text: '[removed] said so' } },
    })
    expect(holdsTrace(copied, scrub)).toBe(false)
    expect(holdsTrace({ a: [new ImmutableString('contact-maria-1')] }, scrub)).toBe(true)
  })

  it('takes a purged quote’s words out of its own note only: the same words said elsewhere stay', () => {
    const quoted = scrubber({ ids: new Set(['quote-7']), words: [], quoteWords: new Map([['note-1', ['the heat is off again']]]) }, redactor)
    const shard = { records: { 'note-1': { body: 'She said the heat is off again.' }, 'note-2': { body: 'He said the heat is off again.' } } }
    expect(scrubValue(shard, quoted)).toEqual({ records: { 'note-1': { body: 'She said [removed].' }, 'note-2': { body: 'He said the heat is off again.' } } })
  })
})
