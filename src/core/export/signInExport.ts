import { readCampaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { paperFor } from '../../shared/leaflets/layouts'
import type { Meeting } from '../../shared/meetings/meeting'
import { signInSheetFonts, signInSheetHtml } from '../../shared/meetings/signInSheet'
import { str } from '../../shared/notebook/scalar'
import type { PlaceDoc } from '../../shared/places/place'
import type { Notebook } from '../notebook/Notebook'
import { fontDataUrls } from './leafletFonts'
import type { PrintToPdf } from './leafletPrinter'

/** Lines on a sheet: room for everyone expected, and a second page when a meeting is big. */
const LINES = 22

/** The meeting's sign-in sheet as a PDF, printed by the same Chromium path as leaflets. */
export async function exportSignInSheet(notebook: Notebook, meeting: Meeting, print: PrintToPdf): Promise<Uint8Array> {
  const place = meeting.placeId ? (await notebook.shardOf<PlaceDoc>('places', meeting.placeId)).doc().records[meeting.placeId] : undefined
  const campaign = meeting.campaignId ? (await notebook.shardOf<CampaignDoc>('campaigns', meeting.campaignId)).doc().records[meeting.campaignId] : undefined
  const day = new Date(meeting.date).toLocaleString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' })
  const subtitle = [day, place ? str(place.name) : '', campaign ? readCampaign(campaign).name : ''].filter(Boolean).join(' · ')
  const sheet = { title: meeting.title || 'Mass meeting', subtitle, lines: Math.max(LINES, meeting.signIns.length + 5), paper: paperFor(notebook.root.doc().settings?.defaultRegion) }
  const fonts = await fontDataUrls(signInSheetFonts(sheet))
  const { pdf } = await print(signInSheetHtml(sheet, (file) => fonts.get(file)!), { pdf: true })
  if (!pdf) throw new Error('The print engine returned no PDF')
  return pdf
}
