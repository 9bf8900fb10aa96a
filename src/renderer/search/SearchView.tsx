import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function SearchView(_props: ViewProps) {
  return <PlaceholderView view="search" />
}
