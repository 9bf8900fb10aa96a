import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function LeafletsView(_props: ViewProps) {
  return <PlaceholderView view="leaflets" />
}
