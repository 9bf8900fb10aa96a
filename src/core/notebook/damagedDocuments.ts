import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import type { Quarantine } from '../storage/Quarantine'
import { chunkDocument } from './damageReport'

/** A document nothing of which could be read (its only snapshot was damaged): not served until a bundle or a peer brings it back. */
export class DamagedDocumentError extends Error {
  constructor(readonly what: string) {
    super(`${what} cannot be read: its stored data was damaged and set aside in quarantine. Run massline check to see what it held, and repair it from a bundle or a peer`)
    this.name = 'DamagedDocumentError'
  }

  /** For loops over every shard: a damaged one is reported elsewhere, the others carry on. */
  static skip(error: unknown): undefined {
    if (error instanceof DamagedDocumentError) return undefined
    throw error
  }
}

export const rootRepairAdvice = (dir: string): string =>
  `Recover it from a bundle a comrade exported (massline check --notebook ${dir} --repair-from FILE) or from a member's device (massline check --notebook ${dir} --repair-from-peer)`

/**
 * Finds the root document. If its chunks were damaged and nothing of it is left, the notebook
 * cannot be opened (the root lists every other document): say so, and how to recover.
 */
export async function openRoot(repo: Repo, rootUrl: AutomergeUrl, quarantine: Quarantine, dir: string): Promise<DocHandle<NotebookRootDoc>> {
  const rootId = rootUrl.slice('automerge:'.length)
  const damaged = async (): Promise<string[]> => (await quarantine.list()).filter((e) => chunkDocument(e.storageKey) === rootId).map((e) => e.from)
  let root: DocHandle<NotebookRootDoc>
  try {
    root = await repo.find<NotebookRootDoc>(rootUrl)
  } catch (error) {
    const files = await damaged()
    if (!files.length) throw error
    throw new Error(rootMessage(files, dir))
  }
  if (!root.doc().shards) throw new Error(rootMessage(await damaged(), dir))
  return root
}

function rootMessage(files: string[], dir: string): string {
  return `The notebook's root document (its name, settings and the list of its documents) cannot be read: ${files.join(', ') || 'its data'} ${files.length > 1 ? 'were' : 'was'} damaged and moved to ${dir}/quarantine (kept, not deleted). ${rootRepairAdvice(dir)}.`
}
