import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ContactRow } from '../../shared/contacts/contactRow'

const ROW_HEIGHT = 40

/** A virtualized list: smooth with tens of thousands of rows. */
export function ContactList({ rows, selected, onSelect }: { rows: ContactRow[]; selected?: string; onSelect: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = rows.findIndex((r) => r.id === selected)
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -2
    if (next === -2 || !rows[next]) return
    event.preventDefault()
    onSelect(rows[next]!.id)
    virtualizer.scrollToIndex(next)
  }

  return (
    <div className="list-scroll" ref={scroller} role="listbox" aria-label="Contacts" tabIndex={0} onKeyDown={onKeyDown}>
      <div style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            <div
              key={row.id}
              className="row"
              role="option"
              data-testid="contact-row"
              aria-selected={row.id === selected}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(row.id)}
            >
              <span className="name">{row.name}</span>
              <span className="cell">{row.phone || row.email}</span>
              <span className="cell">{row.unit}</span>
              <span className="cell">
                {row.tags.map((tag) => (
                  <span key={tag} className="tag">{tag}</span>
                ))}
              </span>
              <span className="cell">{row.owner}</span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
