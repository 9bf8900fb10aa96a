// npm run soak [-- --minutes 60 --seed 7]: random imports (some killed with SIGKILL half-way,
// then finished), re-imports, edits and syncs (bundles) between two devices of one notebook,
// for as long as asked, checked against a model of what must be there: every person once,
// every acknowledged edit, every building once. Not part of npm test. Runs the built CLI.
import { spawn } from 'node:child_process'
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'
import { allContactDocs, allRecords } from '../src/core/contacts/readAll'
import { Notebook } from '../src/core/notebook/Notebook'
import { readContact } from '../src/shared/contacts/contact'
import { scalar, str } from '../src/shared/notebook/scalar'
import type { PlaceDoc } from '../src/shared/places/place'
import { importAndKill } from '../test/support/killImport'
import { peopleCsv } from '../test/support/peopleCsv'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '60' }, seed: { type: 'string', default: String(Date.now() % 100_000) } } })
const deadline = Date.now() + Number(values.minutes) * 60_000
let seed = Number(values.seed)
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const CLI = resolve('out/node/massline.mjs')

const home = await mkdtemp(join(tmpdir(), 'massline-soak-'))
const keys = nodeKeyVault(home, {})
const devices = [join(home, 'a'), join(home, 'b')]
const passphraseFile = join(home, 'passphrase')
await writeFile(passphraseFile, 'soak soak soak soak')
await (await Notebook.create(devices[0]!, 'Soak', keys)).close()
await cp(devices[0]!, devices[1]!, { recursive: true }) // a second device of the same notebook

/** The model: how many people were imported (numbered 0…n-1), and the last acknowledged note per person, written on device a. */
const model = { people: 0, notes: new Map<string, string>() }
const chunks: { file: string; device: string }[] = []
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`)

function cli(...args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args, '--home', home], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`massline ${args.join(' ')} exited ${code}: ${err}`))))
  })
}

async function finishInterrupted(device: string): Promise<void> {
  for (const batch of JSON.parse(await cli('imports', 'list', '--notebook', device, '--json')) as { id: string; state: string }[]) {
    if (batch.state === 'interrupted') await cli('imports', 'finish', batch.id, '--notebook', device)
  }
}

const ops = {
  async importNew() {
    const device = pick(devices)
    const count = 50 + Math.floor(random() * 400)
    const chunk = { file: join(home, `chunk${chunks.length}.csv`), device }
    await writeFile(chunk.file, peopleCsv(model.people, count))
    chunks.push(chunk)
    model.people += count
    if (random() < 0.5) {
      await importAndKill(chunk.file, device, home, Math.floor(random() * 1500))
      await finishInterrupted(device)
      log(`import ${count} into ${device.at(-1)}, killed, finished`)
    } else {
      await cli('import', 'contacts', chunk.file, '--notebook', device)
      log(`import ${count} into ${device.at(-1)}`)
    }
  },
  /** A list imported again where it was imported before (two devices importing one list while apart do get two copies of each person). */
  async importAgain() {
    if (!chunks.length) return
    const chunk = pick(chunks)
    await cli('import', 'contacts', chunk.file, '--notebook', chunk.device)
    log(`import chunk ${chunks.indexOf(chunk)} again into ${chunk.device.at(-1)}`)
  },
  async edit() {
    const nb = await Notebook.open(devices[0]!, keys)
    try {
      const people = (await allContactDocs(nb)).filter((c) => !c.mergedInto)
      if (!people.length) return
      const person = pick(people)
      const text = `soak note ${Math.floor(random() * 1e9)}`
      const handle = await nb.shardOf('contacts', person.id)
      handle.change((doc) => ((doc.records[person.id] as unknown as { howMet: unknown }).howMet = scalar(text)))
      await nb.flush([handle.documentId])
      model.notes.set(readContact(person).name, text)
      log(`edit ${readContact(person).name}`)
    } finally {
      await nb.close()
    }
  },
  async sync(direction = random() < 0.5) {
    const [from, to] = direction ? devices : [...devices].reverse()
    const bundle = join(home, 'sync.bundle')
    await cli('bundle', 'export', '--out', bundle, '--passphrase-file', passphraseFile, '--notebook', from!)
    await cli('bundle', 'import', bundle, '--passphrase-file', passphraseFile, '--notebook', to!)
    log(`sync ${from!.at(-1)} → ${to!.at(-1)}`)
  },
}

/** Both devices, synced both ways, hold every person once, every acknowledged edit, every building once. */
async function check(): Promise<void> {
  await ops.sync(true)
  await ops.sync(false)
  for (const device of devices) {
    await finishInterrupted(device)
    const nb = await Notebook.open(device, keys, { readOnly: true })
    try {
      const people = (await allContactDocs(nb)).filter((c) => !c.mergedInto).map(readContact)
      const names = people.map((p) => p.name)
      const problems: string[] = []
      if (new Set(names).size !== names.length) problems.push(`${names.length - new Set(names).size} duplicates`)
      // Synced both ways just now: both hold everyone.
      if (names.length !== model.people) problems.push(`${names.length} people, expected ${model.people}`)
      for (const [name, note] of model.notes) if (people.find((p) => p.name === name)?.howMet !== note) problems.push(`${name} lost the edit “${note}”`)
      const addresses = (await allRecords<PlaceDoc>(nb, 'places')).map((p) => str(p.address))
      if (new Set(addresses).size !== addresses.length) problems.push('a building twice')
      if (problems.length) throw new Error(`soak: device ${device.at(-1)} (seed ${values.seed}): ${problems.join('; ')}`)
    } finally {
      await nb.close()
    }
  }
  log(`check: both devices hold ${model.people} people once, ${model.notes.size} edits, no building twice`)
}

log(`soak for ${values.minutes} min, seed ${values.seed}, in ${home}`)
let round = 0
while (Date.now() < deadline) {
  await pick([() => ops.importNew(), () => ops.importNew(), () => ops.importAgain(), () => ops.edit(), () => ops.edit(), () => ops.sync()])()
  if (++round % 8 === 0) await check()
}
await check()
log(`soak passed: ${round} operations`)
