import { NotebookCatalog } from '../../app/NotebookCatalog'
import { print, type Command } from '../command'

export const notebooksList: Command = {
  words: ['notebooks', 'list'],
  usage: 'massline notebooks list [--json]',
  summary: 'List the notebooks in the data directory',
  async run(context) {
    const catalog = new NotebookCatalog(context.home, context.keys)
    await catalog.ensureDefault()
    const list = (await catalog.list()).map(({ id, name, dir }) => ({ id, name, path: dir }))
    print(context, list, list.map((n) => `${n.id}  ${n.name}  ${n.path}`).join('\n'))
  },
}

export const notebooksCreate: Command = {
  words: ['notebooks', 'create'],
  usage: 'massline notebooks create NAME [--json]',
  summary: 'Create a new, empty notebook',
  positionals: { min: 1, max: 1, names: 'NAME' },
  async run(context) {
    const notebook = await new NotebookCatalog(context.home, context.keys).create(context.positionals[0]!)
    const created = { id: notebook.id, name: notebook.name, path: notebook.dir }
    await notebook.close()
    print(context, created, `Created “${created.name}” (${created.id}) in ${created.path}`)
  },
}
