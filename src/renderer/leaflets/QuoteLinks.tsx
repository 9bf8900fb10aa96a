import type { LexicalEditor } from 'lexical'
import { ExternalLink } from 'lucide-react'
import { useEffect, useState, type RefObject } from 'react'

interface Link {
  key: string
  noteId: string
  top: number
}

/** One "open conversation" button beside each gathered quote in the editor, kept level with its block. */
export function QuoteLinks({ editor, container, onOpen }: { editor: LexicalEditor; container: RefObject<HTMLElement | null>; onOpen: (noteId: string) => void }) {
  const [links, setLinks] = useState<Link[]>([])
  useEffect(() => {
    const measure = () => {
      const box = container.current
      const root = editor.getRootElement()
      if (!box || !root) return
      const top = box.getBoundingClientRect().top
      const next = [...root.querySelectorAll<HTMLElement>('[data-note-id]')].map((el, i) => ({ key: `${i}-${el.dataset.quoteId ?? ''}`, noteId: el.dataset.noteId!, top: el.getBoundingClientRect().top - top + (el.getBoundingClientRect().height - 26) / 2 }))
      setLinks((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next))
    }
    const observer = new ResizeObserver(measure)
    if (container.current) observer.observe(container.current)
    const off = editor.registerUpdateListener(() => requestAnimationFrame(measure))
    measure()
    return () => (off(), observer.disconnect())
  }, [editor, container])
  return (
    <>
      {links.map((l) => (
        <button key={l.key} type="button" className="quote-link" style={{ top: l.top }} title="Open the conversation this quote came from" aria-label="Open the conversation of this quote" onClick={() => onOpen(l.noteId)}>
          <ExternalLink size={13} aria-hidden />
        </button>
      ))}
    </>
  )
}
