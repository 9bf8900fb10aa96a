import { describe, expect, it } from 'vitest'
import { CORE_METHODS } from '../contract'
import { CORE_ARGS } from './coreArgs'

describe('bridge contract', () => {
  it('lists exactly the methods that have argument schemas', () => {
    expect([...CORE_METHODS].sort()).toEqual(Object.keys(CORE_ARGS).sort())
  })
})
