import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function PlacesView(_props: ViewProps) {
  return <PlaceholderView view="places" />
}
