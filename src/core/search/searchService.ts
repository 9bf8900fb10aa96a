import type { SearchApi } from '../../shared/searchContract'
import type { Notebook } from '../notebook/Notebook'
import { NotebookSearch } from './NotebookSearch'

/** The bridge's search section, and the hooks the core calls to load and close each notebook's index. */
export function createSearchService({ notebook }: { notebook: (notebookId: string) => Promise<Notebook> }) {
  const open = new Map<Notebook, Promise<NotebookSearch>>()
  const searchOf = (nb: Notebook): Promise<NotebookSearch> => {
    let pending = open.get(nb)
    if (!pending) {
      pending = NotebookSearch.open(nb)
      open.set(nb, pending)
    }
    return pending
  }

  const api: SearchApi = {
    async search({ notebookId, ...args }) {
      return (await searchOf(await notebook(notebookId))).search(args)
    },
  }

  return {
    api,
    /** After the first screen: load the saved index and bring it in line with every document. */
    async loadInBackground(nb: Notebook): Promise<void> {
      await (await searchOf(nb)).loadAll()
    },
    async close(): Promise<void> {
      const searches = await Promise.allSettled(open.values())
      await Promise.all(searches.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)))
      open.clear()
    },
  }
}
