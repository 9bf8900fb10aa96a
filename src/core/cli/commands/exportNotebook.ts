import { writeFileAtomic } from '../../fs/writeFileAtomic'
import { exportNotebookJson } from '../../export/exportNotebookJson'
import { UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'

export const exportNotebook: Command = {
  words: ['export'],
  usage: 'massline export --format json [--out FILE] [--notebook PATH]',
  summary: 'Export a whole notebook (to standard output without --out)',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(context) {
    if (context.values.format !== 'json') throw new UsageError('export needs --format json')
    const notebook = await openTarget(context, { readOnly: true })
    try {
      const text = JSON.stringify(await exportNotebookJson(notebook), null, 2)
      const out = context.values.out
      if (typeof out === 'string') {
        await writeFileAtomic(out, text)
        if (!context.json) context.out(`Wrote ${out}`)
        else context.out(JSON.stringify({ path: out }))
      } else context.out(text)
    } finally {
      await notebook.close()
    }
  },
}
