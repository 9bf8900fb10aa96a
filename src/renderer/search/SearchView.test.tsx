// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import type { SearchHit, SearchResults } from '../../shared/searchContract'
import type { ViewProps } from '../app/views'
import { SearchView } from './SearchView'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const hit = (kind: SearchHit['kind'], id: string, title: string): SearchHit => ({ kind, id, title, snippet: '', highlights: { title: [], snippet: [] }, date: 0 })

describe('SearchView', () => {
  it('says when only names and titles were searched, and asks again until the full text answers', async () => {
    const note = hit('note', 'n-1', 'Grace on the fourth floor')
    const answers: SearchResults[] = [{ hits: [note], titlesOnly: true }, { hits: [note, hit('contact', 'k-1', 'Grace Okoye')], titlesOnly: false }]
    const search = vi.fn(async () => answers.shift() ?? answers.at(-1)!)
    const session = {
      id: 'nb',
      bridge: { search },
      root: async () => ({ doc: () => ({ shards: { places: [], campaigns: [] } }) }),
      repo: Promise.resolve({}),
    } as unknown as ViewProps['session']
    const container = document.createElement('div')
    document.body.append(container)
    await act(async () => createRoot(container).render(<SearchView session={session} param="fourth" go={() => {}} />))
    const text = () => container.querySelector('.search-results')?.textContent ?? ''
    await vi.waitFor(() => expect(text()).toContain('1 result in names and titles; the text of notes is still loading…'))
    await vi.waitFor(() => expect(text()).toContain('Grace Okoye'), { timeout: 3000 })
    expect(text()).not.toContain('still loading')
    expect(search).toHaveBeenCalledTimes(2)
  })
})
