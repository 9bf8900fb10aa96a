import { exportSignInSheet } from '../../export/signInExport'
import { chromiumPrinter } from '../../export/leafletChromium'
import { writeFileAtomic } from '../../fs/writeFileAtomic'
import { byId, listMeetings } from '../../mobilize/readMobilization'
import { print, UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'

export const exportSignInCommand: Command = {
  words: ['export', 'signin'],
  usage: 'massline export signin MEETING --format pdf --out FILE [--notebook PATH] [--json]',
  summary: 'Print a meeting’s sign-in sheet (name, phone, building/unit, language, can we call you?) to a PDF',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'MEETING' },
  async run(context) {
    if (context.values.format !== 'pdf') throw new UsageError('export signin takes --format pdf')
    const out = context.values.out
    if (typeof out !== 'string') throw new UsageError('a PDF needs --out FILE')
    const notebook = await openTarget(context)
    try {
      const meeting = byId(await listMeetings(notebook), context.positionals[0]!, 'meeting')
      await writeFileAtomic(out, await exportSignInSheet(notebook, meeting, chromiumPrinter))
      print(context, { path: out, meetingId: meeting.id }, `Wrote ${out}`)
    } finally {
      await notebook.close()
    }
  },
}
