import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

export function EmptyState({ icon: Icon, title, children, actions }: { icon: LucideIcon; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="empty">
      <Icon className="icon" size={34} aria-hidden />
      <h2>{title}</h2>
      <div>{children}</div>
      {actions && <div className="actions">{actions}</div>}
    </div>
  )
}
