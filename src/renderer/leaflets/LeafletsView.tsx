import type { ViewProps } from '../app/views'
import { LeafletList } from './LeafletList'
import { LeafletPage } from './LeafletPage'
import { PrintPreviewPage } from './PrintPreviewPage'
import '../styles/leaflets.css'

/** `#leaflets` lists them by campaign; `#leaflets/<id>` is one leaflet's page, `#leaflets/<id>/print` its print preview. */
export function LeafletsView(props: ViewProps) {
  if (props.param.endsWith('/print')) return <PrintPreviewPage key={props.param} session={props.session} leafletId={props.param.slice(0, -'/print'.length)} go={props.go} />
  return props.param ? <LeafletPage key={props.param} {...props} /> : <LeafletList {...props} />
}
