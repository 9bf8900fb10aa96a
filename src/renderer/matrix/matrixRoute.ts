import { NO_FILTER, type FilterForm } from './MatrixFilters'

/** What the matrix shows, kept in its address (`#matrix/campaignId=…&cell=…`) so Back from a note returns to it. */
export interface MatrixState {
  form: FilterForm
  cell: string
}

const KEYS = ['campaignId', 'placeId', 'from', 'to'] as const

export function readMatrixParam(param: string): MatrixState {
  const query = new URLSearchParams(param)
  const form = { ...NO_FILTER }
  for (const key of KEYS) form[key] = query.get(key) ?? ''
  return { form, cell: query.get('cell') ?? '' }
}

export function matrixParam({ form, cell }: MatrixState): string {
  const query = new URLSearchParams()
  for (const key of KEYS) if (form[key]) query.set(key, form[key])
  if (cell) query.set('cell', cell)
  return query.toString()
}
