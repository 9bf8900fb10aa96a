import type { Coverage, FloorCoverage, UnitCoverage } from '../../shared/places/coverage'
import { plural } from '../app/plural'
import { latestLabel } from './outcomeLabels'

export function floorSummary(floor: FloorCoverage, unitsWord: string): string {
  return `${floor.knocked} of ${plural(floor.total, unitsWord.replace(/s$/, ''), unitsWord)} knocked · ${plural(floor.conversations, 'conversation')} · ${plural(floor.contacts, 'contact')}`
}

/** Top floor first, as a building stands; units with no floor in their name last. */
export function displayFloors(cov: Coverage): FloorCoverage[] {
  const numbered = cov.floors.filter((f) => f.floor !== null).reverse()
  return [...numbered, ...cov.floors.filter((f) => f.floor === null)]
}

/** One unit: its name, and the outcome of the last knock (or note) there. */
export function UnitTile({ unit, selected, id, onClick, role }: { unit: UnitCoverage; selected: boolean; id?: string; onClick: () => void; role?: string }) {
  const label = latestLabel(unit.latest)
  return (
    <button
      type="button"
      id={id}
      role={role}
      tabIndex={role ? -1 : undefined}
      className="unit-tile"
      data-testid="unit-tile"
      data-outcome={unit.latest?.outcome ?? 'none'}
      data-listed={unit.listed}
      aria-selected={selected}
      aria-label={`${unit.unit}: ${label}`}
      title={unit.listed ? undefined : 'No longer on the unit list'}
      onClick={onClick}
    >
      <span className="unit-name">{unit.unit}</span>
      <span className="unit-state">{label}</span>
      {(unit.contacts > 0 || unit.knocks.length > 1) && (
        <span className="unit-meta">
          {[unit.knocks.length > 1 && plural(unit.knocks.length, 'knock'), unit.contacts > 0 && plural(unit.contacts, 'contact')].filter(Boolean).join(' · ')}
        </span>
      )}
    </button>
  )
}

/** The units by floor (departments for a workplace), each with its floor's counts. */
export function CoverageFloors({ cov, unitsWord, selected, onSelect }: { cov: Coverage; unitsWord: string; selected: string; onSelect: (unit: string) => void }) {
  return (
    <div className="floors">
      {displayFloors(cov).map((floor) => (
        <section key={floor.label} className="floor" aria-label={floor.label} data-testid="floor">
          <header className="floor-head">
            <h3>{floor.label}</h3>
            <span className="muted" data-testid="floor-summary">
              {floorSummary(floor, unitsWord)}
            </span>
          </header>
          <div className="tiles">
            {floor.units.map((unit) => (
              <UnitTile key={unit.unit} unit={unit} selected={unit.unit === selected} onClick={() => onSelect(unit.unit)} />
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}
