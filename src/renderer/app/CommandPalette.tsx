import { Command } from 'cmdk'
import type { LucideIcon } from 'lucide-react'

export interface PaletteCommand {
  id: string
  group: string
  label: string
  icon?: LucideIcon
  run: () => void
}

/** Ctrl/Cmd+K: every action and place in the app, by typing a few letters. */
export function CommandPalette({ commands, onClose }: { commands: PaletteCommand[]; onClose: () => void }) {
  const groups = [...new Set(commands.map((c) => c.group))]
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <Command className="palette" label="Command palette" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <Command.Input autoFocus placeholder="Type a command or a place…" />
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
        </Command.List>
      </Command>
    </div>
  )
}
