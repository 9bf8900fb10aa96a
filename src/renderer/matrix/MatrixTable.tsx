import { cellKey, type Matrix, type MatrixCell } from '../../shared/notes/matrix'
import { plural } from '../app/plural'
import { percent, type AxisNames } from './labels'

/** Cells as strong as the strongest few are outlined: that is where to look first. */
export function strongestCells(matrix: Matrix, count = 3): MatrixCell[] {
  return [...matrix.cells.values()]
    .filter((c) => c.problem && c.target)
    .sort((a, b) => b.conversations - a.conversations || b.people - a.people)
    .slice(0, count)
}

/** Shade by the square root of the share of the busiest cell, so mid-sized cells stay readable. */
function shade(conversations: number, max: number): { background: string; color?: string } {
  const t = max ? Math.sqrt(conversations / max) : 0
  const mix = Math.round(8 + t * 82)
  return { background: `color-mix(in srgb, var(--accent) ${mix}%, var(--panel))`, ...(mix > 50 ? { color: 'var(--accent-text)' } : {}) }
}

interface Props {
  matrix: Matrix
  /** The cells to outline (strongestCells), worked out once by the view. */
  strongest: MatrixCell[]
  names: AxisNames
  selected: string
  onSelect: (key: string) => void
}

export function MatrixTable({ matrix, strongest: cells, names, selected, onSelect }: Props) {
  const strongest = new Set(cells.map((c) => cellKey(c.problem, c.target)))
  return (
    <div className="matrix-scroll">
      <table className="mx-table" aria-label="Problems by target">
        <thead>
          <tr>
            <th scope="col" className="corner">
              Problem ↓ · Target →
            </th>
            <th scope="col" className="total">
              All targets
            </th>
            <th scope="col" className="total objections" title="Objections among the quotes gathered on this problem">
              Objections
            </th>
            {matrix.targets.map((t) => (
              <th scope="col" key={t.id} className="target" title={`${names.target(t.id)}: ${plural(t.conversations, 'conversation')}`}>
                {names.target(t.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.problems.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="problem">
                {names.problem(p.id)}
              </th>
              <td className="total">
                <span className="n">{p.conversations.toLocaleString()}</span>
                <span className="people">{p.people.toLocaleString()}</span>
              </td>
              <td className="total objections">{percent(p.objectionShare)}</td>
              {matrix.targets.map((t) => {
                const key = cellKey(p.id, t.id)
                const cell = matrix.cells.get(key)
                if (!cell) return <td key={t.id} className="empty-cell" />
                const label = `${names.problem(p.id)} against ${names.target(t.id)}: ${plural(cell.conversations, 'conversation')}, ${plural(cell.people, 'person', 'people')}`
                return (
                  <td key={t.id}>
                    <button
                      type="button"
                      className="cell"
                      data-strong={strongest.has(key) || undefined}
                      aria-pressed={selected === key}
                      aria-label={label}
                      title={`${label}; objections ${percent(cell.objectionShare)} of ${plural(cell.quotes, 'quote')}`}
                      style={shade(cell.conversations, matrix.maxConversations)}
                      onClick={() => onSelect(key)}
                    >
                      <span className="n">{cell.conversations.toLocaleString()}</span>
                      <span className="people">{cell.people.toLocaleString()}</span>
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="problem">
              All problems
            </th>
            <td className="total">
              <span className="n">{matrix.total.conversations.toLocaleString()}</span>
              <span className="people">{matrix.total.people.toLocaleString()}</span>
            </td>
            <td className="total objections">{percent(matrix.total.objectionShare)}</td>
            {matrix.targets.map((t) => (
              <td key={t.id} className="total">
                <span className="n">{t.conversations.toLocaleString()}</span>
                <span className="people">{t.people.toLocaleString()}</span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
