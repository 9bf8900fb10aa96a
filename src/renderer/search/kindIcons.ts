import { Building2, Flag, Megaphone, MessageSquareQuote, NotebookPen, User, type LucideIcon } from 'lucide-react'
import type { SearchKind } from '../../shared/searchContract'

export const KIND_ICONS: Record<SearchKind, LucideIcon> = { note: NotebookPen, quote: MessageSquareQuote, contact: User, place: Building2, campaign: Flag, leaflet: Megaphone }
