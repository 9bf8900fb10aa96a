import { Grid3x3 } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'
import { buildMatrix, cellKey } from '../../shared/notes/matrix'
import { listTerms, termResolver } from '../../shared/notebook/terms'
import { hashFor, type ViewProps } from '../app/views'
import { useCampaignFilterNames } from '../campaigns/useCampaignFilterNames'
import { useRecordNames } from '../contacts/useRecordNames'
import { useNotes } from '../notes/useNoteRows'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { CellPanel } from './CellPanel'
import { axisNames, percent, tallyText } from './labels'
import { MatrixFilters, toMatrixFilter, type FilterForm } from './MatrixFilters'
import { matrixParam, readMatrixParam } from './matrixRoute'
import { MatrixTable, strongestCells } from './MatrixTable'
import { useRoot } from '../session/useRoot'
import '../styles/matrix.css'

/** Problems × targets from every conversation typed up: where a collective sees what to organize around. */
export function MatrixView({ session, param, go }: ViewProps) {
  const { rows, loaded } = useNotes(session)
  const root = useRoot(session).root
  const campaigns = useCampaignFilterNames(session)
  const places = useRecordNames(session, 'places')
  const [initial] = useState(() => readMatrixParam(param))
  const [form, setForm] = useState<FilterForm>(initial.form)
  const [selected, setSelected] = useState(initial.cell)
  // The address follows the filters and the open cell (replaced, not pushed: Back leaves the matrix).
  useEffect(() => history.replaceState(null, '', hashFor('matrix', matrixParam({ form, cell: selected }))), [form, selected])

  const names = useMemo(() => {
    const map = (kind: 'problem' | 'target') => new Map(root ? listTerms(root, kind).map((t) => [t.id, t.name]) : [])
    return axisNames(map('problem'), map('target'))
  }, [root])
  const resolve = useMemo(() => (root ? termResolver(root) : (id: string) => id), [root])
  const matrix = useMemo(() => buildMatrix(rows, resolve, toMatrixFilter(form)), [rows, resolve, form])
  const notesById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows])
  const cell = matrix.cells.get(selected)
  const strongest = useMemo(() => strongestCells(matrix), [matrix])

  if (loaded && rows.length === 0) {
    return (
      <>
        <PageHeader title="Matrix" />
        <div className="page-body">
          <EmptyState icon={Grid3x3} title="Nothing to weigh up yet">
            Once conversations are typed up, the matrix shows which problems people raise against which targets, and how often.
          </EmptyState>
        </div>
      </>
    )
  }

  return (
    <>
      <PageHeader title="Matrix">
        <span className="muted" data-testid="matrix-summary">
          {loaded ? `${tallyText(matrix.total)} · ${percent(matrix.total.objectionShare)} of quotes are objections` : 'Loading conversations…'}
        </span>
      </PageHeader>
      <MatrixFilters form={form} onChange={setForm} campaigns={campaigns} places={places} />
      <div className="page-body matrix-body">
        <div className="matrix-main">
          <p className="matrix-help">
            Each row is a problem people raised, each column who they hold responsible. The big number counts conversations, the small one the
            different people in them; darker cells came up more often, and the outlined ones most. Objections are the share of quotes that pushed
            back. A conversation that raised two problems counts in both rows, but once in the totals.
          </p>
          {strongest.length > 0 && (
            <div className="matrix-strongest" aria-label="Most raised cells">
              <span className="label" title="Volume is one part of one criterion (broad outrage): judge a fight on all eight on the Choose a fight board">
                Most raised:
              </span>
              {strongest.map((c) => (
                <button type="button" key={cellKey(c.problem, c.target)} className="mx-strong-chip" onClick={() => setSelected(cellKey(c.problem, c.target))}>
                  <b>{names.problem(c.problem)}</b> × {names.target(c.target)}
                  <span className="muted"> · {c.conversations.toLocaleString()}</span>
                </button>
              ))}
              <button type="button" className="btn small" onClick={() => go('campaigns', 'choose')}>
                Judge fights on the Choose a fight board →
              </button>
            </div>
          )}
          {loaded && matrix.total.conversations === 0 ? (
            <p className="muted matrix-none">No conversations match these filters.</p>
          ) : (
            <MatrixTable matrix={matrix} strongest={strongest} names={names} selected={selected} onSelect={setSelected} />
          )}
        </div>
        {cell && <CellPanel key={selected} cell={cell} notes={notesById} names={names} places={places} go={go} onClose={() => setSelected('')} />}
      </div>
    </>
  )
}
