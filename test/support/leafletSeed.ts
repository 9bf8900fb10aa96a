import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { writeRichBody, type Block } from '../../src/shared/richtext/writeRichBody'
import { Notebook } from '../../src/core/notebook/Notebook'
import { newContactDoc } from '../../src/shared/contacts/contact'
import type { NoteDoc } from '../../src/shared/notes/note'
import { scalar } from '../../src/shared/notebook/scalar'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'

export const LEAFLET_ID = 'rent-strike-leaflet'
/** The speaker of the anonymous quote: this name must never reach a printout. */
export const ANONYMOUS_SPEAKER = 'Rosa Delgado'

const quote = (noteId: string, quoteId: string, text: string): Block => ({ spec: { kind: 'gathered-quote', noteId, quoteId }, text })

const ENGLISH: Block[] = [
  { spec: { kind: 'heading', level: 1 }, text: 'No heat? No rent.' },
  { spec: { kind: 'paragraph' }, text: 'All winter the boilers at 1420 Elm Street have failed. The landlord, Crestline Properties, raised the rent in September and still has not fixed the heat. We have talked to tenants on every floor: this is not one broken flat, it is the whole building.' },
  { spec: { kind: 'gathered-quote', noteId: 'n1', quoteId: 'q1' }, text: '“My kids do their homework in their coats.” — Ana Pereira, 2nd floor' },
  { spec: { kind: 'heading', level: 2 }, text: 'Our demands' },
  { spec: { kind: 'bullet' }, text: 'Heat and hot water in every flat by 1 December' },
  { spec: { kind: 'bullet' }, text: 'A rent rebate for every cold month' },
  { spec: { kind: 'bullet' }, text: 'No retaliation against tenants who organize' },
  quote('n2', 'q2', '“They only fix things for people who complain loudly, so we will complain together.” — a tenant on the 4th floor'),
  { spec: { kind: 'blockquote' }, text: 'Tenants united will never be defeated!' },
  { spec: { kind: 'heading', level: 2 }, text: 'Come to the building meeting' },
  { spec: { kind: 'paragraph' }, text: 'Thursday, 7 pm, in the lobby. Bring your neighbours. Childcare and Spanish interpretation provided.' },
]

const SPANISH: Block[] = [
  { spec: { kind: 'heading', level: 1 }, text: '¿Sin calefacción? No hay renta.' },
  { spec: { kind: 'paragraph' }, text: 'Todo el invierno las calderas del 1420 de la calle Elm han fallado. El dueño, Crestline Properties, subió la renta en septiembre y todavía no ha arreglado la calefacción.' },
  quote('n1', 'q1', '“Mis hijos hacen la tarea con el abrigo puesto.” — Ana Pereira, 2º piso'),
  { spec: { kind: 'heading', level: 2 }, text: 'Nuestras demandas' },
  { spec: { kind: 'bullet' }, text: 'Calefacción y agua caliente en cada apartamento antes del 1 de diciembre' },
  { spec: { kind: 'bullet' }, text: 'Un reembolso de renta por cada mes de frío' },
  { spec: { kind: 'bullet' }, text: 'Ninguna represalia contra quienes se organizan' },
  quote('n2', 'q2', '“Solo arreglan las cosas para quien se queja fuerte, así que nos quejaremos juntos.” — una inquilina del 4º piso'),
  { spec: { kind: 'blockquote' }, text: '¡Inquilinos unidos jamás serán vencidos!' },
  { spec: { kind: 'paragraph' }, text: 'Reunión del edificio: jueves a las 7 pm en el vestíbulo.' },
]

const cite = (noteId: string, use: string, attribution: string) => ({ noteId: scalar(noteId), use: scalar(use), attribution: scalar(attribution), at: 1 })

/**
 * The default notebook of `home` gets two conversations (one quote public, one anonymous,
 * spoken by ANONYMOUS_SPEAKER) and a bilingual leaflet citing both, written as the editor writes it.
 */
export async function seedLeaflet(home: string, { long = false, id = LEAFLET_ID } = {}): Promise<string> {
  const catalog = new NotebookCatalog(home, nodeKeyVault(home))
  await catalog.ensureDefault()
  const nb = await Notebook.open((await catalog.list())[0]!.dir, nodeKeyVault(home))
  const now = Date.now()
  await nb.putRecords('contacts', [newContactDoc('c1', { name: 'Ana Pereira' }, now), newContactDoc('c2', { name: ANONYMOUS_SPEAKER }, now)])
  const note = (id: string, contactId: string, quoteId: string, text: string, use: string) =>
    ({ id, createdAt: now, updatedAt: now, date: now, contactIds: [scalar(contactId)], body: '', quotes: { [quoteId]: { id: quoteId, text, contactId: scalar(contactId), use: scalar(use), attribution: '', isObjection: false } } }) as unknown as NoteDoc
  await nb.putRecords('notes', [note('n1', 'c1', 'q1', 'My kids do their homework in their coats.', 'public'), note('n2', 'c2', 'q2', 'They only fix things for people who complain loudly, so we will complain together.', 'anonymous')])
  const english = long ? [...ENGLISH, ...ENGLISH.slice(1, 3), ...ENGLISH.slice(1, 2), ...ENGLISH.slice(4)] : ENGLISH
  const handle = nb.repo.create<Record<string, unknown>>({
    schemaVersion: 1,
    id,
    title: scalar(long ? 'Long rent strike leaflet' : 'Rent strike leaflet'),
    campaignId: scalar(''),
    status: scalar('draft'),
    copiesDistributed: 0,
    body: '',
    bodyB: '',
    langA: scalar('en'),
    langB: scalar('es'),
    layout: scalar('half-letter'),
    'cite:q1': cite('n1', 'public', 'Ana Pereira, 2nd floor'),
    'cite:q2': cite('n2', 'anonymous', 'a tenant on the 4th floor'),
    createdAt: now,
    updatedAt: now,
  })
  handle.change((doc) => {
    writeRichBody(doc, ['body'], english)
    writeRichBody(doc, ['bodyB'], SPANISH)
  })
  nb.root.change((root) => (root.leaflets[id] = scalar(handle.url)))
  const dir = nb.dir
  await nb.repo.flush()
  await nb.close()
  return dir
}
