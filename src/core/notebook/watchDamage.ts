import type { DamageReport } from '../../shared/damageContract'
import type { Notebook } from './Notebook'

/** Hands on the damage report whenever it may have changed (a chunk set aside, a document made whole), at most once per tick. */
export function watchDamage(notebook: Notebook, emit: (report: DamageReport) => void): void {
  let queued = false
  notebook.damageLedger.on('changed', () => {
    if (queued) return
    queued = true
    setImmediate(() => {
      queued = false
      notebook.damage().then(emit, (error: Error) => console.error(`Could not report damage: ${error.message}`))
    })
  })
}
