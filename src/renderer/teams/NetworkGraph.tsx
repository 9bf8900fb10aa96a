import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'react'
import type { NetworkEdge, NetworkNode } from '../../shared/teams/network'
import { useThemeVersion } from '../charts/useThemeVersion'

/** Above this many people the organic (force) layout is too slow for a first frame within a second: trees from each network's biggest recruiter take over… */
export const FORCE_LIMIT = 150
/** …and above this many, rings by ties (the whole notebook, on demand). */
export const TREE_LIMIT = 250

/**
 * The network drawn by Cytoscape.js (canvas, so no WebGL is needed): people as dots coloured by
 * level and sized by how many they recruited, arrows from recruiter to recruit, plain lines for
 * "knows". Small networks get Cytoscape's force layout (cose); big ones its concentric layout,
 * the biggest recruiters in the middle. The time to the first drawn frame goes to the element's
 * `data-first-frame-ms`, and the moment of it (`performance.now()`) to `data-first-frame-at`
 * (the benchmark reads it, counting from the navigation).
 */
const NO_ROOTS: string[] = []

export function NetworkGraph({ nodes, edges, roots = NO_ROOTS }: { nodes: NetworkNode[]; edges: NetworkEdge[]; roots?: string[] }) {
  const host = useRef<HTMLDivElement>(null)
  const [error, setError] = useState('')
  const [drawn, setDrawn] = useState(false)
  // Colours are read from the theme's CSS variables when drawing: a theme change draws again.
  const themeVersion = useThemeVersion()
  useEffect(() => {
    const el = host.current
    if (!el) return
    const started = performance.now()
    setDrawn(false)
    let graph: { destroy: () => void } | undefined
    // A static import: the Teams view's chunk is loaded lazily, and Vite fetches Cytoscape's chunk alongside it rather than after it.
    try {
      const style = getComputedStyle(el)
      const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
      const cy = cytoscape({
        container: el,
        elements: [
          ...nodes.map((n) => ({ data: { id: n.id, label: n.label, level: n.level, size: 8 + Math.min(24, n.recruits * 4) } })),
          ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind } })),
        ],
        layout:
          nodes.length <= FORCE_LIMIT
            ? { name: 'cose', animate: false, randomize: false }
            : nodes.length <= TREE_LIMIT
              ? { name: 'breadthfirst', ...(roots.length ? { roots } : {}), spacingFactor: 0.9, animate: false }
              : { name: 'concentric', concentric: (node) => node.degree(false), levelWidth: () => 2, animate: false, minNodeSpacing: 2 },
        style: [
          { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': color('--chart-3', '#888'), label: nodes.length <= FORCE_LIMIT ? 'data(label)' : '', 'font-size': 9, color: color('--text', '#222') } },
          // Measuring hundreds of names costs the first frame more than the layout: over the force limit a name shows on pointing at its dot.
          { selector: 'node.named', style: { label: 'data(label)', 'font-size': 11, 'z-index': 1 } },
          { selector: 'node[level = "advanced"]', style: { 'background-color': color('--chart-1', '#c33') } },
          { selector: 'node[level = "intermediate"]', style: { 'background-color': color('--chart-2', '#36c') } },
          { selector: 'node[level = "backward"]', style: { 'background-color': color('--muted', '#999') } },
          { selector: 'edge', style: { width: 1, 'line-color': color('--muted', '#bbb'), 'line-opacity': 0.45, 'curve-style': 'haystack' } },
          // Trees show who recruited whom by depth; arrows (which need straight edges' control points) only on the force layout.
          { selector: nodes.length <= FORCE_LIMIT ? 'edge[kind = "recruited"]' : 'edge[kind = "none"]', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': color('--muted', '#bbb'), 'arrow-scale': 0.6 } },
        ],
        hideEdgesOnViewport: nodes.length > TREE_LIMIT,
        textureOnViewport: nodes.length > TREE_LIMIT,
        minZoom: 0.05,
        // A handful of people fitted to the box would be drawn with names at four times their size.
        maxZoom: 1.6,
      })
      cy.one('render', () => {
        const at = performance.now()
        el.dataset.firstFrameMs = String(Math.round(at - started))
        el.dataset.firstFrameAt = String(Math.round(at))
        setDrawn(true)
      })
      cy.on('mouseover tap', 'node', (e) => void e.target.addClass('named'))
      cy.on('mouseout', 'node', (e) => void e.target.removeClass('named'))
      graph = cy
      el.dataset.nodes = String(cy.nodes().length)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
    return () => {
      graph?.destroy()
    }
  }, [nodes, edges, roots, themeVersion])
  return (
    <>
      {error && <p className="error-text" role="alert">Could not draw the network: {error}</p>}
      {!drawn && !error && <p className="muted" role="status">Drawing {nodes.length.toLocaleString()} people…</p>}
      <div ref={host} className="network" data-testid="network" role="img" aria-label={`Network of ${nodes.length} people and ${edges.length} ties`} />
    </>
  )
}
