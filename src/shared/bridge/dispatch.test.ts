import { describe, expect, it } from 'vitest'
import type { CoreApi } from '../contract'
import { dispatch } from './dispatch'

const api = { createNotebook: async ({ name }: { name: string }) => ({ id: 'n1', name, rootUrl: 'automerge:x' }) } as unknown as CoreApi

describe('dispatch', () => {
  it('runs a known method with checked arguments', async () => {
    await expect(dispatch(api, 'createNotebook', { name: ' Tenants ' })).resolves.toMatchObject({ name: 'Tenants' })
  })

  it('refuses a method that is not part of the bridge', async () => {
    await expect(dispatch(api, 'constructor', {})).rejects.toThrow(/Unknown bridge method "constructor"/)
    await expect(dispatch(api, { toString: 1 }, {})).rejects.toThrow('Unknown bridge method (a object)')
  })

  it('refuses bad arguments with a message naming the field, without calling the core', async () => {
    await expect(dispatch(api, 'createNotebook', { name: '' })).rejects.toThrow(/Bad arguments to createNotebook: name/)
    await expect(dispatch(api, 'createNotebook', { name: 'x', extra: 1 })).rejects.toThrow(/Bad arguments/)
  })
})
