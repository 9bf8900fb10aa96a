// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { Chart, type ChartProps } from './Chart'
import { standaloneSvg } from './chartExport'
import { readChartTheme } from './chartTheme'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const weeks = [
  { week: new Date('2026-01-05'), gained: 4 },
  { week: new Date('2026-01-12'), gained: 9 },
]
const spec: ChartProps['spec'] = (Plot, { theme }) => ({ marks: [Plot.barY(weeks, { x: 'week', y: 'gained', fill: theme.series[0] })], x: { type: 'band' } })

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)))
  expect(check()).toBe(true)
}

describe('Chart', () => {
  it('draws the Plot spec with a caption, an accessible description and the figures as a table', async () => {
    document.documentElement.style.setProperty('--chart-1', '#123456')
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    const table = { columns: ['Week', 'Contacts gained'], rows: weeks.map((w) => [w.week.toISOString().slice(0, 10), w.gained]) }
    await act(async () => root.render(<Chart title="Contacts gained per week" summary="Nine in the second week." spec={spec} table={table} fileName="gained" legend={[{ label: 'Gained', series: 0 }]} />))
    await waitFor(() => container.querySelector('.chart-plot svg') !== null)
    const svg = container.querySelector<SVGSVGElement>('.chart-plot svg')!
    expect(svg.getAttribute('aria-label')).toBe('Contacts gained per week')
    expect(svg.getAttribute('aria-description')).toBe('Nine in the second week.')
    expect(container.querySelectorAll('[fill="#123456"] rect').length).toBe(2)
    expect(container.querySelector('figcaption')?.textContent).toContain('Contacts gained per week')
    expect([...container.querySelectorAll('table td')].map((td) => td.textContent)).toEqual(['2026-01-05', '4', '2026-01-12', '9'])

    // The exported SVG stands alone: the theme's colours instead of currentColor, a title, the legend.
    const out = standaloneSvg(svg, { ...readChartTheme(), text: '#eeeeee', background: '#111111' }, 'Contacts gained per week', [{ label: 'Gained', color: '#123456' }])
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(out).toContain('<title>Contacts gained per week</title>')
    expect(out).toMatch(/color: (#eeeeee|rgb\(238, 238, 238\))/)
    expect(out).toContain('fill="#111111"')
    expect(out).toMatch(/<text[^>]*>Gained<\/text>/)
    await act(async () => root.unmount())
  })

  it('says what is missing instead of drawing empty axes, keeps the table, and offers no export', async () => {
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    const table = { columns: ['Week', 'Contacts gained'], rows: [['2026-01-05', 0]] }
    await act(async () => root.render(<Chart title="Contacts gained per week" summary="None yet." spec={spec} table={table} fileName="gained" empty="No contacts yet." />))
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(container.querySelector('.chart-plot svg')).toBeNull()
    expect(container.querySelector('[data-testid="chart-empty"]')?.textContent).toBe('No contacts yet.')
    expect([...container.querySelectorAll('figcaption button')].every((b) => (b as HTMLButtonElement).disabled)).toBe(true)
    expect([...container.querySelectorAll('table td')].map((td) => td.textContent)).toEqual(['2026-01-05', '0'])
    await act(async () => root.unmount())
  })
})
