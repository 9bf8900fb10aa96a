import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef } from 'react'
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

const STATE_TEXT = { overdue: 'Overdue', cold: 'Gone cold', due: 'Due today', scheduled: '', snoozed: 'Snoozed' }

/**
 * The contacts table: TanStack Table for columns and headers, TanStack Virtual for rows, so
 * 10,000 rows scroll smoothly. Filtering and sorting happen before (queryContacts), so the
 * table never re-sorts on its own.
 */
export function ContactTable({ rows, places, campaigns, selected, onSelect, checked, onCheck, sort, onSort }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const now = Date.now()
  const columns = useMemo<ColumnDef<QueriedRow>[]>(
    () => [
      { id: 'check', header: '', cell: ({ row }) => <input type="checkbox" aria-label={`Select ${row.original.row.name}`} checked={checked.has(row.original.row.id)} onClick={(e) => e.stopPropagation()} onChange={(e) => onCheck([row.original.row.id], e.target.checked)} /> },
      { id: 'name', header: 'Name', meta: { sort: 'name' }, cell: ({ row }) => <span className="name">{row.original.row.name}</span> },
      { id: 'phone', header: 'Phone / email', cell: ({ row }) => row.original.row.phone || row.original.row.email },
      { id: 'place', header: 'Place', cell: ({ row }) => [places.get(row.original.row.placeId), row.original.row.unit].filter(Boolean).join(' · ') },
      {
        id: 'tags',
        header: 'Levels · tags',
        cell: ({ row }) => [
          ...Object.entries(row.original.row.levels).map(([c, l]) => (
            <span key={`level-${c}`} className={`tag level-${l}`} title={campaigns.get(c) ?? c}>
              {LEVEL_LABELS[l]}
            </span>
          )),
          ...row.original.row.tags.map((t) => <span key={t} className="tag">{t}</span>),
        ],
      },
      { id: 'next', header: 'Next contact', meta: { sort: 'next' }, cell: ({ row }) => <span className={`next ${row.original.state}`}>{formatDay(row.original.next, now)} {STATE_TEXT[row.original.state] && <em>{STATE_TEXT[row.original.state]}</em>}</span> },
      { id: 'owner', header: 'Responsible', meta: { sort: 'owner' }, cell: ({ row }) => row.original.row.owner },
    ],
    [checked, onCheck, places, campaigns, now],
  )
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.row.id, manualSorting: true, manualFiltering: true })
  const tableRows = table.getRowModel().rows
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })

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
        {table.getFlatHeaders().map((header) => {
          const key = (header.column.columnDef.meta as { sort?: SortKey } | undefined)?.sort
          if (header.id === 'check') return <span key="check" role="columnheader"><input type="checkbox" aria-label="Select all shown" checked={allChecked} onChange={(e) => onCheck(rows.map((r) => r.row.id), e.target.checked)} /></span>
          return (
            <span key={header.id} role="columnheader" aria-sort={key && sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
              {key ? (
                <button className="sort" onClick={() => onSort({ key, desc: sort.key === key ? !sort.desc : false })}>
                  {flexRender(header.column.columnDef.header, header.getContext())} {sort.key === key ? (sort.desc ? '↓' : '↑') : ''}
                </button>
              ) : (
                flexRender(header.column.columnDef.header, header.getContext())
              )}
            </span>
          )
        })}
      </div>
      <div className="list-scroll" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = tableRows[item.index]!
            return (
              <div key={row.id} className="ctable-row" role="row" data-testid="contact-row" aria-selected={row.id === selected} style={{ transform: `translateY(${item.start}px)` }} onClick={() => onSelect(row.id)}>
                {row.getVisibleCells().map((cell) => (
                  <span key={cell.id} role="cell" className="cell">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
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
