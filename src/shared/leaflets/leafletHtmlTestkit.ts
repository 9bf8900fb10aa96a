import * as A from '@automerge/automerge'
import { scalar } from '../notebook/scalar'
import { markerForSplit, type BlockSpec } from '../richtext/schema'

/** One block of a test leaflet: its kind and its text. */
export type TestBlock = [BlockSpec, string]

/** For tests: a leaflet document whose body (and second-language body) hold these blocks. */
export function leafletWith(a: TestBlock[], b: TestBlock[] = [], extra: Record<string, unknown> = {}): A.Doc<Record<string, unknown>> {
  return A.change(A.from<Record<string, unknown>>({ id: 'l1', title: scalar('Rent strike'), body: '', bodyB: '', ...extra }), (doc) => {
    for (const [field, blocks] of [['body', a], ['bodyB', b]] as const) {
      let at = 0
      for (const [spec, text] of blocks) {
        A.splitBlock(doc, [field], at, markerForSplit(spec))
        A.splice(doc, [field], at + 1, 0, text)
        at += 1 + text.length
      }
    }
  })
}
