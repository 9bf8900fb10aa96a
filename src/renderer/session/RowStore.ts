import { Store } from './Store'

/** Rows keyed by id, applied as deltas from the core; `rows` is a fresh array per change. */
export class RowStore<Row extends { id: string }> extends Store<Row[]> {
  readonly #byId = new Map<string, Row>()

  constructor() {
    super([])
  }

  reset(rows: Row[]): void {
    this.#byId.clear()
    for (const row of rows) this.#byId.set(row.id, row)
    this.set(rows)
  }

  apply(upserts: Row[], removed: string[]): void {
    for (const row of upserts) this.#byId.set(row.id, row)
    for (const id of removed) this.#byId.delete(id)
    this.set([...this.#byId.values()])
  }

  byId(id: string): Row | undefined {
    return this.#byId.get(id)
  }
}
