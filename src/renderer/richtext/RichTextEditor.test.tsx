// @vitest-environment happy-dom
import * as A from '@automerge/automerge'
import { Repo } from '@automerge/automerge-repo'
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { initRichText } from '../../shared/richtext'
import { RichTextEditor, type RichTextApi } from './RichTextEditor'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

describe('RichTextEditor', () => {
  it('mounts on a DocHandle, shows remote changes, writes local edits and inserts gathered quotes', async () => {
    const repo = new Repo()
    const handle = repo.create<{ title: string; body: string }>({ title: 'Leaflet', body: '' })
    handle.change((d) => {
      initRichText(d, ['body'])
      A.splice(d, ['body'], 1, 0, 'Rent is due')
    })
    const container = document.createElement('div')
    document.body.append(container)
    let api: RichTextApi | null = null
    const root = createRoot(container)
    await act(async () => {
      root.render(<RichTextEditor handle={handle} path={['body']} user={{ id: 'u1', name: 'Ana', color: '#c00' }} onReady={(a) => (api = a)} />)
    })
    expect(container.querySelector('[role="toolbar"]')).not.toBeNull()
    expect(container.textContent).toContain('Rent is due')

    await act(async () => handle.change((d) => A.splice(d, ['body'], 1, 0, 'Notice: ')))
    expect(container.querySelector('.ml-richtext-content')!.textContent).toBe('Notice: Rent is due')

    await act(async () => {
      api!.editor.update(
        () => {
          $getRoot().getFirstChildOrThrow().selectEnd()
          const s = $getSelection()
          if ($isRangeSelection(s)) s.insertText('!')
        },
        { discrete: true },
      )
    })
    expect(A.spans(handle.doc(), ['body']).map((s) => (s.type === 'text' ? s.value : '¶')).join('')).toBe('¶Notice: Rent is due!')
    expect(api!.selectionCursors()).not.toBeNull()

    await act(async () => api!.insertGatheredQuote({ noteId: 'n1', quoteId: 'q1', text: 'We want heat' }))
    const quote = container.querySelector('.ml-gathered-quote') as HTMLElement
    expect(quote.dataset.noteId).toBe('n1')
    expect(quote.textContent).toBe('We want heat')
    const blocks = A.spans(handle.doc(), ['body']).filter((s) => s.type === 'block')
    expect(blocks).toHaveLength(2)
    await act(async () => root.unmount())
    await repo.shutdown()
  })
})
