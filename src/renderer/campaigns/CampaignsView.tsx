import type { ViewProps } from '../app/views'
import { PlaceholderView } from '../views/PlaceholderView'

export function CampaignsView(_props: ViewProps) {
  return <PlaceholderView view="campaigns" />
}
