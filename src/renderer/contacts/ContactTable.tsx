import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import type { ContactSort, QueriedRow, SortKey } from '../../shared/contacts/contactQuery'
import { LEVEL_LABELS } from '../../shared/contacts/levels'
import { formatDay } from './formatDate'

const ROW_HEIGHT = 40

interface Props {
  rows: QueriedRow[]
  places: Map<string, string>
  campaigns: Map<string, string>
  selected?: string
  onSelect: (id: string) => void
  checked: Set<string>
  onCheck: (ids: string[], on: boolean) => void
  sort: ContactSort
  onSort: (sort: ContactSort) => void
}

const STATE_TEXT = { overdue: 'Overdue', cold: 'Gone cold', due: 'Due today', scheduled: '', snoozed: 'Snoozed', retired: 'Wrong number' }

interface CellContext {
  places: Map<string, string>
  campaigns: Map<string, string>
  now: number
}

/** The columns after the checkbox: header, the sort it offers, and the cell for one row. */
const COLUMNS: { id: string; header: string; sort?: SortKey; cell: (q: QueriedRow, c: CellContext) => ReactNode }[] = [
  { id: 'name', header: 'Name', sort: 'name', cell: (q) => <span className="name">{q.row.name}</span> },
  { id: 'phone', header: 'Phone / email', cell: (q) => q.row.phone || q.row.email },
  { id: 'place', header: 'Place', cell: (q, c) => [c.places.get(q.row.placeId), q.row.unit].filter(Boolean).join(' · ') },
  {
    id: 'tags',
    header: 'Levels · tags',
    cell: (q, c) => [
      ...Object.entries(q.row.levels).map(([campaign, level]) => (
        <span key={`level-${campaign}`} className={`tag level-${level}`} title={c.campaigns.get(campaign) ?? campaign}>
          {LEVEL_LABELS[level]}
        </span>
      )),
      ...q.row.tags.map((t) => <span key={t} className="tag">{t}</span>),
    ],
  },
  { id: 'next', header: 'Next contact', sort: 'next', cell: (q, c) => <span className={`next ${q.state}`}>{formatDay(q.next, c.now)} {STATE_TEXT[q.state] && <em>{STATE_TEXT[q.state]}</em>}</span> },
  { id: 'owner', header: 'Responsible', sort: 'owner', cell: (q) => q.row.owner },
]

/**
 * The contacts table: TanStack Virtual renders only the rows in view, straight from the array
 * queryContacts filtered and sorted, so 10,000 rows open and scroll without a row object each.
 */
export function ContactTable({ rows, places, campaigns, selected, onSelect, checked, onCheck, sort, onSort }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const context: CellContext = { places, campaigns, now: Date.now() }
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })

  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = rows.findIndex((r) => r.row.id === selected)
    const next = event.key === 'ArrowDown' || event.key === 'j' ? index + 1 : event.key === 'ArrowUp' || event.key === 'k' ? index - 1 : -2
    if (next === -2 || !rows[next]) return
    event.preventDefault()
    onSelect(rows[next]!.row.id)
    virtualizer.scrollToIndex(next)
  }
  const allChecked = rows.length > 0 && rows.every((r) => checked.has(r.row.id))

  return (
    <div className="ctable" role="table" aria-label="Contacts" aria-rowcount={rows.length}>
      <div className="ctable-row ctable-head" role="row">
        <span role="columnheader"><input type="checkbox" aria-label="Select all shown" checked={allChecked} onChange={(e) => onCheck(rows.map((r) => r.row.id), e.target.checked)} /></span>
        {COLUMNS.map(({ id, header, sort: key }) => (
          <span key={id} role="columnheader" aria-sort={key && sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
            {key ? (
              <button className="sort" onClick={() => onSort({ key, desc: sort.key === key ? !sort.desc : false })}>
                {header} {sort.key === key ? (sort.desc ? '↓' : '↑') : ''}
              </button>
            ) : (
              header
            )}
          </span>
        ))}
      </div>
      <div className="list-scroll" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const q = rows[item.index]!
            const id = q.row.id
            return (
              <div key={id} className="ctable-row" role="row" data-testid="contact-row" aria-selected={id === selected} style={{ transform: `translateY(${item.start}px)` }} onClick={() => onSelect(id)}>
                <span role="cell" className="cell">
                  <input type="checkbox" aria-label={`Select ${q.row.name}`} checked={checked.has(id)} onClick={(e) => e.stopPropagation()} onChange={(e) => onCheck([id], e.target.checked)} />
                </span>
                {COLUMNS.map((column) => (
                  <span key={column.id} role="cell" className="cell">
                    {column.cell(q, context)}
                  </span>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
