// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import type { Place } from '../../shared/places/place'
import type { PlaceDuplicateGroup } from '../../shared/places/placeDuplicates'
import type { NotebookSession } from '../session/NotebookSession'
import { PlaceDuplicates } from './PlaceDuplicates'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const place = (id: string, name: string, address: string, knocks = 0): Place => ({
  id,
  createdAt: 1,
  updatedAt: 1,
  kind: 'building',
  name,
  address,
  units: ['1A'],
  mergedInto: '',
  knocks: Array.from({ length: knocks }, (_, i) => ({ id: `k${i}`, unit: '1A', outcome: 'notHome', at: 1, by: '', noteId: '' })),
})

describe('PlaceDuplicates', () => {
  it('offers places entered twice for merge, into the one picked, and goes once merged', async () => {
    let groups: PlaceDuplicateGroup[] = [{ ids: ['old', 'fixed'], reasons: ['same address'], keep: 'fixed' }]
    const findPlaceDuplicates = vi.fn(async () => ({ groups }))
    const mergePlaces = vi.fn(async ({ keepId }: { keepId: string }) => {
      groups = []
      return { keepId }
    })
    const session = { id: 'nb', bridge: { findPlaceDuplicates, mergePlaces } } as unknown as NotebookSession
    const places = [place('old', 'Oak Towers', '40 Oak Street', 3), place('fixed', '', '40 Oak St')]
    const container = document.createElement('div')
    document.body.append(container)
    await act(async () => createRoot(container).render(<PlaceDuplicates session={session} places={places} />))
    await vi.waitFor(() => expect(container.textContent).toContain('1 place looks entered more than once'))
    const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === label)!
    await act(async () => button('Review').click())
    const choices = [...container.querySelectorAll<HTMLInputElement>('[data-testid="place-duplicate-group"] input[type="radio"]')]
    expect(choices.map((c) => [c.parentElement!.querySelector('strong')!.textContent, c.checked])).toEqual([
      ['Oak Towers', false],
      ['40 Oak St', true],
    ])
    expect(container.textContent).toContain('40 Oak Street · 1 unit · 3 knocks')
    await act(async () => choices[0]!.click())
    await act(async () => button('Merge into one').click())
    expect(mergePlaces).toHaveBeenCalledWith({ notebookId: 'nb', keepId: 'old', mergeIds: ['fixed'] })
    await vi.waitFor(() => expect(container.textContent).toBe(''))
  })
})
