import { useEffect, useState } from 'react'
import type { SearchArgs, SearchHit } from '../../shared/searchContract'
import type { NotebookSession } from '../session/NotebookSession'

export type SearchFilters = Omit<SearchArgs, 'notebookId' | 'query'>

/** As-you-type results from the core; an answer to an older query never replaces a newer one. */
export function useSearch(session: NotebookSession, query: string, filters: SearchFilters): { hits: SearchHit[]; searching: boolean; error: string } {
  const [state, setState] = useState({ hits: [] as SearchHit[], searching: false, error: '' })
  const key = JSON.stringify(filters)
  useEffect(() => {
    if (!query.trim()) {
      setState({ hits: [], searching: false, error: '' })
      return
    }
    let current = true
    setState((s) => ({ ...s, searching: true }))
    session.bridge
      .search({ notebookId: session.id, query, ...(JSON.parse(key) as SearchFilters) })
      .then(
        (hits) => current && setState({ hits, searching: false, error: '' }),
        (error: Error) => current && setState({ hits: [], searching: false, error: error.message }),
      )
    return () => {
      current = false
    }
  }, [session, query, key])
  return state
}
