import type { Panels } from './layouts'

/**
 * Counts, in the browser engine that lays the leaflet out, how many panels each language's
 * text needs: the first panel's flow box is a fixed-size multi-column box, so text that does
 * not fit runs into further columns to its right. Runs in the page (self-contained: engines
 * get it as source text, see MEASURE_SCRIPT); waits for the fonts first, since they set the size.
 */
export async function measurePanels(root: Document | ShadowRoot): Promise<Panels> {
  const doc = 'fonts' in root ? root : root.ownerDocument
  // Lay the page out first: that is what starts loading the fonts its text needs, so `ready` waits for them.
  root.querySelector('.flow')?.getBoundingClientRect()
  await doc.fonts.ready
  const panels = { a: 0, b: 0 }
  for (const flow of Array.from(root.querySelectorAll<HTMLElement>('.flow[data-panel="0"]'))) {
    const stream = flow.dataset.stream === 'b' ? 'b' : 'a'
    const box = flow.getBoundingClientRect()
    const scale = flow.offsetWidth ? box.width / flow.offsetWidth : 1
    const gap = (parseFloat(getComputedStyle(flow).columnGap) || 0) * scale
    const range = doc.createRange()
    range.selectNodeContents(flow)
    let right = 0
    let any = false
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0 && rect.height === 0) continue
      any = true
      right = Math.max(right, rect.right - box.left)
    }
    const hasText = (flow.textContent ?? '').trim() !== '' || flow.querySelector('hr') !== null
    panels[stream] = any && hasText ? Math.max(1, Math.floor((right - 1) / (box.width + gap)) + 1) : 0
  }
  return panels
}

/** The same function as a script an engine evaluates in the page (resolving to Panels). */
export const MEASURE_SCRIPT = `(${measurePanels.toString()})(document)`
