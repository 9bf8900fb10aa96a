import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function MatrixView(_props: ViewProps) {
  return <PlaceholderView view="matrix" />
}
