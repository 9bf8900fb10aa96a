import { useEffect, useState } from 'react'
import type { SearchArgs, SearchHit } from '../../shared/searchContract'
import type { NotebookSession } from '../session/NotebookSession'

const RETRY_MS = 400

export type SearchFilters = Omit<SearchArgs, 'notebookId' | 'query'>

/**
 * As-you-type results from the core; an answer to an older query never replaces a newer one.
 * `titlesOnly`: the notebook just opened and the full text is still loading (names and titles matched).
 */
export function useSearch(session: NotebookSession, query: string, filters: SearchFilters): { hits: SearchHit[]; titlesOnly: boolean; searching: boolean; error: string } {
  const [state, setState] = useState({ hits: [] as SearchHit[], titlesOnly: false, searching: false, error: '' })
  const key = JSON.stringify(filters)
  // Asked again a moment after a titles-only answer, so words in the text show up without typing.
  const [retry, setRetry] = useState(0)
  useEffect(() => {
    if (!query.trim()) {
      setState({ hits: [], titlesOnly: false, searching: false, error: '' })
      return
    }
    let current = true
    let again: ReturnType<typeof setTimeout> | undefined
    setState((s) => ({ ...s, searching: true }))
    session.bridge
      .search({ notebookId: session.id, query, ...(JSON.parse(key) as SearchFilters) })
      .then(
        ({ hits, titlesOnly }) => {
          if (!current) return
          setState({ hits, titlesOnly, searching: false, error: '' })
          if (titlesOnly) again = setTimeout(() => setRetry((n) => n + 1), RETRY_MS)
        },
        (error: Error) => current && setState({ hits: [], titlesOnly: false, searching: false, error: error.message }),
      )
    return () => {
      current = false
      clearTimeout(again)
    }
  }, [session, query, key, retry])
  return state
}
