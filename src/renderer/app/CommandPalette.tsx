import { Command, defaultFilter } from 'cmdk'
import type { LucideIcon } from 'lucide-react'
import { useState, type ReactNode } from 'react'

export interface PaletteCommand {
  id: string
  group: string
  label: string
  icon?: LucideIcon
  run: () => void
}

/** Items whose value starts with this come from a search of their own: always kept, listed under the commands. */
export const RESULT_PREFIX = 'result:'
const filter = (value: string, search: string, keywords?: string[]): number => (value.startsWith(RESULT_PREFIX) ? 0.0001 : defaultFilter(value, search, keywords))

/** Ctrl/Cmd+K: every action and place in the app, by typing a few letters; `results` adds matches for the typed text. */
export function CommandPalette({ commands, onClose, results }: { commands: PaletteCommand[]; onClose: () => void; results?: (query: string) => ReactNode }) {
  const groups = [...new Set(commands.map((c) => c.group))]
  const [query, setQuery] = useState('')
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <Command className="palette" label="Command palette" filter={filter} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <Command.Input autoFocus placeholder="Type a command, or words to find…" value={query} onValueChange={setQuery} />
        <Command.List>
          <Command.Empty>Nothing matches.</Command.Empty>
          {groups.map((group) => (
            <Command.Group key={group} heading={group}>
              {commands
                .filter((c) => c.group === group)
                .map(({ id, label, icon: Icon, run }) => (
                  <Command.Item key={id} value={`${group} ${label}`} onSelect={() => (onClose(), run())}>
                    {Icon && <Icon size={15} aria-hidden />}
                    {label}
                  </Command.Item>
                ))}
            </Command.Group>
          ))}
          {results?.(query)}
        </Command.List>
      </Command>
    </div>
  )
}
