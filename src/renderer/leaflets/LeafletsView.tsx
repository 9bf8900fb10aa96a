import type { ViewProps } from '../app/views'
import { LeafletList } from './LeafletList'
import { LeafletPage } from './LeafletPage'
import '../styles/leaflets.css'

/** `#leaflets` lists them by campaign; `#leaflets/<id>` is one leaflet's page. */
export function LeafletsView(props: ViewProps) {
  return props.param ? <LeafletPage key={props.param} {...props} /> : <LeafletList {...props} />
}
