import { describe, expect, it } from 'vitest'
import { scalar } from '../notebook/scalar'
import { leafletFit, sheetsFor, layoutFor, paperFor } from './layouts'
import { leafletHtml } from './leafletHtml'
import { fontFilesFor } from './leafletHtmlFonts'
import { quoteParts } from './leafletHtmlCredits'
import { readLeafletSource } from './leafletHtmlSource'
import { leafletWith } from './leafletHtmlTestkit'

const fontUrl = (file: string) => `fonts/${file}`

describe('leaflet HTML', () => {
  const doc = leafletWith(
    [
      [{ kind: 'heading', level: 1 }, 'No heat, no rent'],
      [{ kind: 'bullet' }, 'Heat by Friday'],
      [{ kind: 'bullet', indent: 1 }, 'in every flat'],
      [{ kind: 'number' }, 'Come to the meeting <Tuesday>'],
      [{ kind: 'gathered-quote', noteId: 'n1', quoteId: 'q1' }, '“We wear coats indoors.” — a tenant on the 4th floor'],
    ],
    [],
    { 'cite:q1': { noteId: scalar('n1'), use: scalar('anonymous'), attribution: scalar('a tenant on the 4th floor'), at: 1 }, layout: scalar('half-letter') },
  )

  it('prints headings, nested lists, escaped text and pulled-out quotes with their credit', () => {
    const { body, html, layout } = leafletHtml(readLeafletSource(doc), { fontUrl })
    expect(layout.id).toBe('half-letter')
    expect(body).toContain('<h1>No heat, no rent</h1>')
    expect(body).toContain('<ul><li>Heat by Friday<ul><li>in every flat</li></ul></li></ul><ol><li>Come to the meeting &#60;Tuesday&#62;</li></ol>')
    expect(body).toContain('<figure class="pull"><blockquote>“We wear coats indoors.”</blockquote><figcaption>— a tenant on the 4th floor</figcaption></figure>')
    expect(html).toContain('@page { size: 279.4mm 215.9mm; margin: 0; }')
    expect(html).toMatch(/^<!doctype html>/)
  })

  it('puts two copies on each sheet of a half-page layout, and further panels on further sheets', () => {
    const one = leafletHtml(readLeafletSource(doc), { fontUrl })
    expect(one.body.match(/class="sheet cut"/g)).toHaveLength(1)
    expect(one.body.match(/data-stream="a" data-panel="0"/g)).toHaveLength(2)
    const two = leafletHtml(readLeafletSource(doc), { fontUrl, panels: { a: 2, b: 0 } })
    expect(two.body.match(/class="sheet cut"/g)).toHaveLength(2)
    expect(two.body).toContain('data-panel="1"')
  })

  it('loads only the font chunks the text uses', () => {
    const latin = fontFilesFor('No heat, no rent')
    expect(latin).toEqual(expect.arrayContaining(['noto-sans/noto-sans-latin-wght-normal.woff2']))
    expect(latin.some((f) => f.includes('sc/'))).toBe(false)
    const mixed = fontFilesFor('Привет Ελλάδα Tiếng Việt مرحبا 房租')
    for (const part of ['cyrillic-wght', 'greek-wght', 'vietnamese-wght', 'arabic-arabic', 'noto-sans-sc/']) expect(mixed.some((f) => f.includes(part))).toBe(true)
    expect(mixed.filter((f) => f.includes('noto-sans-sc/')).length).toBeLessThan(4)
  })

  it('reads a second language and picks the layout it is asked for', () => {
    const bilingual = leafletWith([[{ kind: 'paragraph' }, 'Rent']], [[{ kind: 'paragraph' }, 'الإيجار']], { langA: scalar('en'), langB: scalar('ar') })
    const { body, layout } = leafletHtml(readLeafletSource(bilingual), { fontUrl, layout: 'bilingual-side', paper: 'a4' })
    expect(layout.sheet).toEqual({ w: 297, h: 210 })
    expect(body).toContain('class="flow rtl" data-stream="b" data-panel="0" lang="ar"')
    expect(readLeafletSource(leafletWith([])).a).toEqual([])
  })
})

describe('layouts', () => {
  it('counts sheets and warns when a language needs more than its space', () => {
    expect(leafletFit('half-a4', { a: 1, b: 0 })).toMatchObject({ pages: 1, overflows: false, warnings: [] })
    const long = leafletFit('half-letter', { a: 2, b: 0 })
    expect(long).toMatchObject({ pages: 2, overflows: true })
    expect(long.warnings[0]).toMatch(/needs 2 half pages but the layout has one half page/)
    expect(leafletFit('bilingual-back', { a: 1, b: 1 }).pages).toBe(2)
    expect(leafletFit('bilingual-side', { a: 1, b: 0 }).warnings[0]).toMatch(/second language is empty/)
    expect(leafletFit('letter', { a: 0, b: 0 })).toMatchObject({ pages: 1, warnings: ['The text is empty: there is nothing to print yet.'] })
    expect(sheetsFor(layoutFor('bilingual-side'), { a: 1, b: 2 })).toEqual([
      [{ stream: 'a', panel: 0 }, { stream: 'b', panel: 0 }],
      [{ stream: 'a', panel: 1 }, { stream: 'b', panel: 1 }],
    ])
    expect([paperFor('US'), paperFor('DE'), paperFor(undefined)]).toEqual(['letter', 'a4', 'a4'])
  })
})

describe('quote credits', () => {
  it('splits the credit off a quote only where the text still ends with it', () => {
    expect(quoteParts('“Fix it.” — Maria R.', 'Maria R.')).toEqual({ words: '“Fix it.”', credit: 'Maria R.' })
    expect(quoteParts('“Fix it.” — someone', '')).toEqual({ words: '“Fix it.”', credit: 'someone' })
    expect(quoteParts('Fix it, I said', 'Maria R.')).toEqual({ words: 'Fix it, I said', credit: '' })
  })
})
