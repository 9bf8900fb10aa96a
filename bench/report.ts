/** One measured figure: printed as a JSON line and collected for the summary table. */
export interface Figure {
  figure: string
  value: number
  unit: string
  /** The target; `ok` compares value against it (lower is better unless `higherIsBetter`). */
  target?: number
  higherIsBetter?: boolean
  note?: string
}

export interface Report {
  (figure: Figure): void
}

export interface PrintedFigure extends Figure {
  ok?: boolean
}

export function judge(figure: Figure): PrintedFigure {
  if (figure.target === undefined) return figure
  const ok = figure.higherIsBetter ? figure.value >= figure.target : figure.value <= figure.target
  return { ...figure, ok }
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}
