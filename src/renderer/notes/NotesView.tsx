import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function NotesView(_props: ViewProps) {
  return <PlaceholderView view="notes" />
}
