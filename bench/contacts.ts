import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { commitImport } from '../src/core/import/importContacts'
import { Notebook } from '../src/core/notebook/Notebook'
import { contactRow, type ContactRow } from '../src/shared/contacts/contactRow'
import { EMPTY_FILTER, queryContacts } from '../src/shared/contacts/contactQuery'
import { newContactDoc } from '../src/shared/contacts/contact'
import { findDuplicates } from '../src/shared/contacts/duplicates'
import { DAY_MS, DEFAULT_RULES } from '../src/shared/contacts/followUp'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'

const FIRST = ['Rosa', 'José', 'Amélie', 'Marcus', 'Keisha', 'Chidi', 'Lan', 'Fatima', 'Luis', 'Mei', 'Darnell', 'Ana', 'Tomás', 'Olga', 'Sami']
const LAST = ['Díaz', 'Muñoz', 'Dupont', 'Lee', 'Brown', 'Okafor', 'Nguyen', 'Haddad', 'Ortega', 'Chen', 'Jackson', 'Ruiz', 'Reyes', 'Ivanova', 'Khan']
const LEVELS = ['advanced', 'intermediate', 'backward', 'unknown'] as const

/** A seeded notebook's worth of people: ~200 buildings, repeated phones and near-repeated names on purpose. */
function people(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i % 50 === 0 ? 'z' : ''}`,
    phone: `+1212${String(5_000_000 + ((i * 7919) % 9_000_000)).padStart(7, '0')}`,
    email: i % 3 ? `person${i}@example.org` : '',
    building: `${10 + (i % 200)} Main St`,
    unit: `${1 + (i % 6)}${'ABCD'[i % 4]}`,
    tags: i % 5 ? 'tenant' : 'tenant, phone tree',
  }))
}

export async function run(report: Report, options: BenchOptions): Promise<void> {
  const n = options.quick ? 2000 : 10_000
  const list = people(n)
  const now = Date.now()
  const rows: ContactRow[] = list.map((p, i) => ({
    ...contactRow(newContactDoc(`c${i}`, { name: p.name, phones: [p.phone], email: p.email, placeId: p.building, unit: p.unit, owner: ['Ana', 'Ben', 'Cruz'][i % 3]!, tags: p.tags.split(', ') }, now - (i % 90) * DAY_MS)),
    levels: { rent: LEVELS[i % 4]! },
  }))

  const scans: number[] = []
  let pairs = 0
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    pairs = findDuplicates(rows.map((r) => ({ id: r.id, name: r.name, phones: [r.phone], email: r.email, placeId: r.placeId }))).length
    scans.push(performance.now() - started)
  }
  report({ figure: 'duplicate-scan-10k', value: Math.round(percentile(scans, 50)), unit: 'ms', target: 1000, note: `${n} contacts, ${pairs} pairs, median of 5` })

  const queries: number[] = []
  const filters = [
    { filter: { ...EMPTY_FILTER, tag: 'phone tree' }, sort: { key: 'name', desc: false } },
    { filter: { ...EMPTY_FILTER, campaignId: 'rent', level: 'advanced' }, sort: { key: 'next', desc: false } },
    { filter: { ...EMPTY_FILTER, state: 'overdue' }, sort: { key: 'owner', desc: true } },
    { filter: { ...EMPTY_FILTER, text: 'rosa' }, sort: { key: 'name', desc: true } },
    { filter: EMPTY_FILTER, sort: { key: 'name', desc: false } },
  ] as const
  for (let run = 0; run < 4; run++) {
    for (const { filter, sort } of filters) {
      const started = performance.now()
      queryContacts(rows, filter, sort, DEFAULT_RULES, now)
      queries.push(performance.now() - started)
    }
  }
  report({ figure: 'filter-sort-10k-rows', value: Number(percentile(queries, 95).toFixed(1)), unit: 'ms', target: 50, note: `p95 of ${queries.length} filter+sort runs over ${n} rows` })

  const csv = Papa.unparse({ fields: ['First Name', 'Last Name', 'Phone', 'Email', 'Address', 'Apt', 'Tags'], data: list.map((p) => [...p.name.split(' '), p.phone, p.email, p.building, p.unit, p.tags]) })
  const home = await mkdtemp(join(tmpdir(), 'massline-bench-contacts-'))
  const notebook = await Notebook.create(home, 'Import bench', nodeKeyVault(home))
  let events = 0
  const started = performance.now()
  const result = await commitImport(notebook, { fileName: 'export.csv', text: `\uFEFF${csv.replace(/\n/g, '\r\n')}` }, { onProgress: () => events++ })
  const ms = performance.now() - started
  await notebook.close()
  await rm(home, { recursive: true, force: true })
  report({ figure: 'csv-import-10k', value: Math.round(ms), unit: 'ms', target: 10_000, note: `${result.imported} rows, ${result.places} places, ${events} progress events` })
}
