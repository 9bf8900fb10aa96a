import { Command } from 'cmdk'
import { Search } from 'lucide-react'
import { RESULT_PREFIX } from '../app/CommandPalette'
import type { Go } from '../app/views'
import type { NotebookSession } from '../session/NotebookSession'
import { hitRoute } from './hitRoute'
import { KIND_ICONS } from './kindIcons'
import { Marked } from './Marked'
import { useSearch } from './useSearch'
import '../styles/search.css'

const PALETTE_LIMIT = 8

/** The notebook's matches for what is typed in the palette, under the commands. */
export function PaletteSearch({ session, query, go, onDone }: { session: NotebookSession; query: string; go: Go; onDone: () => void }) {
  const { hits } = useSearch(session, query, { limit: PALETTE_LIMIT })
  if (!query.trim()) return null
  return (
    <Command.Group heading="In the notebook">
      {hits.map((hit) => {
        const Icon = KIND_ICONS[hit.kind]
        return (
          <Command.Item key={`${hit.kind}:${hit.id}`} value={`${RESULT_PREFIX}${hit.kind}:${hit.id}`} onSelect={() => (onDone(), go(...hitRoute(hit)))}>
            <Icon size={15} aria-hidden />
            <span className="palette-hit">
              <span className="palette-hit-title">
                <Marked text={hit.title} ranges={hit.highlights.title} />
              </span>
              {hit.snippet && (
                <span className="palette-hit-snippet">
                  <Marked text={hit.snippet} ranges={hit.highlights.snippet} />
                </span>
              )}
            </span>
          </Command.Item>
        )
      })}
      <Command.Item value={`${RESULT_PREFIX}all`} onSelect={() => (onDone(), go('search', query))}>
        <Search size={15} aria-hidden />
        Search the notebook for “{query}”
      </Command.Item>
    </Command.Group>
  )
}
