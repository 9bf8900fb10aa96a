import type { LexicalEditor } from 'lexical'
import { useEffect, useState, type ReactElement } from 'react'
import type { Presence, RemoteCaret, RichTextBinding } from '../../shared/richtext'

interface Drawn {
  caret: RemoteCaret
  rects: { left: number; top: number; width: number; height: number }[]
  caretRect: { left: number; top: number; height: number } | null
}

/** A DOM position for a text offset inside a block element (line breaks count as one character). */
function domPoint(block: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  let left = offset
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const size = node.textContent?.length ?? 0
      if (left <= size) return { node, offset: left }
      left -= size
    } else if ((node as Element).tagName === 'BR') left -= 1
  }
  return { node: block, offset: block.childNodes.length }
}

/** Draws collaborators' carets and selections over the editor. */
export function RemoteCarets({ editor, binding, presence }: { editor: LexicalEditor; binding: RichTextBinding<unknown>; presence: Presence }): ReactElement {
  const [drawn, setDrawn] = useState<Drawn[]>([])

  useEffect(() => {
    const draw = (): void => {
      const root = editor.getRootElement()
      const container = root?.parentElement
      if (!root || !container) return
      const origin = container.getBoundingClientRect()
      const out: Drawn[] = []
      for (const caret of presence.carets()) {
        const at = (index: number) => {
          const place = binding.locate(index)
          const el = place ? editor.getElementByKey(place.key) : null
          return el && place ? domPoint(el, place.offset) : null
        }
        const a = at(Math.min(caret.anchor, caret.focus))
        const f = at(Math.max(caret.anchor, caret.focus))
        if (!a || !f) continue
        const range = document.createRange()
        range.setStart(a.node, a.offset)
        range.setEnd(f.node, f.offset)
        const rects = [...range.getClientRects()].map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }))
        range.collapse(caret.focus < caret.anchor)
        const c = range.getBoundingClientRect()
        out.push({ caret, rects: caret.anchor === caret.focus ? [] : rects, caretRect: { left: c.left - origin.left, top: c.top - origin.top, height: c.height || 16 } })
      }
      setDrawn(out)
    }
    const stopPresence = presence.subscribe(draw)
    const stopUpdates = editor.registerUpdateListener(() => requestAnimationFrame(draw))
    const heartbeat = setInterval(() => {
      presence.send(true)
      draw()
    }, 10_000)
    return () => {
      stopPresence()
      stopUpdates()
      clearInterval(heartbeat)
    }
  }, [editor, binding, presence])

  return (
    <div className="ml-remote-carets" aria-hidden="true">
      {drawn.map(({ caret, rects, caretRect }) => (
        <div key={caret.user.id}>
          {rects.map((r, i) => (
            <div key={i} className="ml-remote-selection" style={{ ...r, background: caret.user.color }} />
          ))}
          {caretRect ? (
            <div className="ml-remote-caret" style={{ left: caretRect.left, top: caretRect.top, height: caretRect.height, borderColor: caret.user.color }}>
              <span style={{ background: caret.user.color }}>{caret.user.name}</span>
            </div>
          ) : null}
        </div>
      ))}
    </div>
  )
}
