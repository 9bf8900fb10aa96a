import { useMemo, useState } from 'react'
import type { Campaign } from '../../shared/campaigns/campaign'
import { LEVEL_LABELS, LEVELS, type Level } from '../../shared/contacts/levels'
import { biggestNetworks, networkGraph, type BoundedNetwork, type NetworkShape } from '../../shared/teams/network'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { FORCE_LIMIT, NetworkGraph, TREE_LIMIT } from './NetworkGraph'
import '../styles/charts.css'

/**
 * "Networks building networks", filtered by campaign and level. Over a few hundred people it
 * opens on the biggest networks that fit the force layout (a picture that can be read, drawn
 * within a second); everyone is one click away, drawn as rings.
 */
export function NetworkPanel({ session, campaigns }: { session: NotebookSession; campaigns: Campaign[] }) {
  const rows = useStore(session.contacts)
  const [campaignId, setCampaignId] = useState('')
  const [levels, setLevels] = useState<Level[]>([])
  const [everyone, setEveryone] = useState(false)
  const graph = useMemo(() => networkGraph(rows, { campaignId, levels }), [rows, campaignId, levels])
  const bounded = useMemo(() => (everyone || graph.nodes.length <= FORCE_LIMIT ? null : biggestNetworks(graph, TREE_LIMIT)), [graph, everyone])
  const shown = bounded ?? graph
  const cut = bounded !== null && bounded.nodes.length < graph.nodes.length
  const people = plural(graph.nodes.length, 'person', 'people')
  return (
    <>
      <h2>Networks building networks</h2>
      <div className="filters">
        <select className="select compact" aria-label="Network campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">Every campaign</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        {LEVELS.map((l) => (
          <label key={l} className="inline-label"><input type="checkbox" checked={levels.includes(l)} onChange={(e) => setLevels(e.target.checked ? [...levels, l] : levels.filter((x) => x !== l))} /> {LEVEL_LABELS[l]}</label>
        ))}
      </div>
      <div className="stack">
        <span className="muted" data-testid="network-summary">
          {summary(graph, bounded, everyone)}
        </span>
        {cut && <button className="btn small" onClick={() => setEveryone(true)}>Show all {people} (slower to draw)</button>}
        {everyone && graph.nodes.length > TREE_LIMIT && <button className="btn small" onClick={() => setEveryone(false)}>Show the biggest networks</button>}
      </div>
      <ul className="chart-legend network-legend" aria-hidden>
        {LEVELS.map((l) => <li key={l}><span className={`swatch level-${l}`} />{LEVEL_LABELS[l]}</li>)}
        <li>Bigger dot: recruited more · arrow: recruited · line: knows</li>
      </ul>
      <NetworkGraph nodes={shown.nodes} edges={shown.edges} roots={bounded?.roots} />
    </>
  )
}

function summary(graph: NetworkShape, bounded: BoundedNetwork | null, everyone: boolean): string {
  const people = plural(graph.nodes.length, 'person', 'people')
  if (!bounded || bounded.nodes.length === graph.nodes.length) return `${everyone && graph.nodes.length > TREE_LIMIT ? 'Everyone: ' : ''}${people} · ${plural(graph.edges.length, 'tie')}`
  const shown = bounded.nodes.length.toLocaleString()
  if (bounded.cutFrom) return `${shown} of the biggest network’s ${bounded.cutFrom.toLocaleString()} people, around its biggest recruiter (${people} with ties in all)`
  const biggest = bounded.networks === 1 ? 'The biggest network' : `The ${bounded.networks.toLocaleString()} biggest networks`
  return `${biggest} of ${bounded.of.toLocaleString()}: ${shown} of ${people} with ties`
}
