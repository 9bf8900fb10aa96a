// @vitest-environment happy-dom
import { Repo, type DocHandle } from '@automerge/automerge-repo'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { useDoc } from './useDoc'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

interface Named {
  name: string
}

describe('useDoc', () => {
  it('shows the document of the handle it is given, from the first render after a switch, and follows its changes', async () => {
    const repo = new Repo()
    const a = repo.create<Named>({ name: 'first note' })
    const b = repo.create<Named>({ name: 'second note' })
    const seen: string[] = []
    function Show({ handle }: { handle: DocHandle<Named> }) {
      const doc = useDoc(handle)
      seen.push(doc?.name ?? '(none)')
      return <p>{doc?.name}</p>
    }
    const container = document.createElement('div')
    const root = createRoot(container)
    await act(async () => root.render(<Show handle={a} />))
    seen.length = 0
    await act(async () => root.render(<Show handle={b} />))
    expect(seen).not.toContain('first note')
    expect(container.textContent).toBe('second note')
    await act(async () => b.change((d) => void (d.name = 'second note, edited')))
    expect(container.textContent).toBe('second note, edited')
    await act(async () => a.change((d) => void (d.name = 'first note, edited')))
    expect(container.textContent).toBe('second note, edited')
    await act(async () => root.unmount())
    await repo.shutdown()
  })
})
