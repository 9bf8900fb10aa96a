// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { Typeahead } from './Typeahead'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ITEMS = [{ id: 't1', name: 'mould' }, { id: 't2', name: 'rent hike' }, { id: 't3', name: 'no heat' }]

async function mount(props: Partial<Parameters<typeof Typeahead>[0]> = {}) {
  const container = document.createElement('div')
  document.body.append(container)
  const onPick = vi.fn()
  const run = vi.fn()
  const onBackspace = vi.fn()
  await act(async () => createRoot(container).render(<Typeahead label="Add a problem" items={ITEMS} onPick={onPick} create={{ label: (t) => `New problem “${t}”`, run }} onBackspace={onBackspace} {...props} />))
  const input = container.querySelector('input')!
  const type = async (text: string) =>
    act(async () => {
      input.focus()
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
  const press = async (key: string) => act(async () => void input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })))
  const options = () => [...container.querySelectorAll('[role=option]')].map((o) => `${o.getAttribute('aria-selected') === 'true' ? '>' : ''}${o.textContent}`)
  return { input, type, press, options, onPick, run, onBackspace }
}

describe('Typeahead', () => {
  it('suggests as you type, moves with the arrows and picks with Enter', async () => {
    const t = await mount()
    await t.type('h')
    expect(t.options()).toEqual(['>rent hike', 'no heat', 'New problem “h”'])
    await t.press('ArrowDown')
    await t.press('Enter')
    expect(t.onPick).toHaveBeenCalledWith(ITEMS[2])
    expect(t.input.value).toBe('')
  })

  it('offers to create a new name, but not one that exists', async () => {
    const t = await mount()
    await t.type('rats')
    expect(t.options()).toEqual(['>New problem “rats”'])
    await t.press('Enter')
    expect(t.run).toHaveBeenCalledWith('rats')
    await t.type('Mould')
    expect(t.options()).toEqual(['>mould'])
  })

  it('leaves out what is chosen already, and Backspace in the empty box takes the last one off', async () => {
    const t = await mount({ exclude: ['t1'] })
    await t.type('mo')
    expect(t.options()).toEqual(['>New problem “mo”'])
    await t.type('')
    await t.press('Backspace')
    expect(t.onBackspace).toHaveBeenCalledOnce()
  })
})
