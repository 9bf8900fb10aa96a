import * as A from '@automerge/automerge'
import { decodeHeads, encodeHeads, type UrlHeads } from '@automerge/automerge-repo'

export interface SourceChange<T> {
  doc: A.Doc<T>
  patches: A.Patch[]
  patchInfo: { before: A.Doc<T>; after: A.Doc<T> }
}

/** The part of an automerge-repo DocHandle the binding uses; a DocHandle fits it. */
export interface RichTextSource<T = unknown> {
  doc(): A.Doc<T>
  change(fn: A.ChangeFn<T>, options?: A.ChangeOptions<T>): void
  /** A change made as if at `heads` (as DocHandle.changeAt); returns the heads just after it. Without it, remote edits are never deferred. */
  changeAt?(heads: UrlHeads, fn: A.ChangeFn<T>, options?: A.ChangeOptions<T>): UrlHeads | undefined
  on(event: 'change', listener: (payload: SourceChange<T>) => void): unknown
  off(event: 'change', listener: (payload: SourceChange<T>) => void): unknown
}

/** An in-memory source for tests, benchmarks and headless use. Emits 'change' like a DocHandle. */
export class MemorySource<T = unknown> implements RichTextSource<T> {
  private listeners = new Set<(payload: SourceChange<T>) => void>()

  constructor(private current: A.Doc<T>) {}

  doc(): A.Doc<T> {
    return this.current
  }

  change(fn: A.ChangeFn<T>, options: A.ChangeOptions<T> = {}): void {
    this.update((doc, patchCallback) =>
      A.change(doc, { ...options, patchCallback: (p, info) => (patchCallback(p, info), options.patchCallback?.(p, info)) }, fn),
    )
  }

  changeAt(heads: UrlHeads, fn: A.ChangeFn<T>, options: A.ChangeOptions<T> = {}): UrlHeads | undefined {
    let after: A.Heads | undefined
    this.update((doc, patchCallback) => {
      const result = A.changeAt(doc, decodeHeads(heads), { ...options, patchCallback: (p, info) => (patchCallback(p, info), options.patchCallback?.(p, info)) }, fn)
      after = result.newHeads ?? undefined
      return result.newDoc
    })
    return after ? encodeHeads(after) : undefined
  }

  applyChanges(changes: A.Change[]): void {
    this.update((doc, patchCallback) => A.applyChanges(doc, changes, { patchCallback })[0])
  }

  merge(other: A.Doc<T>): void {
    this.applyChanges(A.getChanges(this.current, other))
  }

  private update(fn: (doc: A.Doc<T>, cb: A.PatchCallback<T>) => A.Doc<T>): void {
    const before = this.current
    let patches: A.Patch[] = []
    const after = fn(before, (p) => {
      patches = p
    })
    this.current = after
    if (patches.length > 0) for (const l of this.listeners) l({ doc: after, patches, patchInfo: { before, after } })
  }

  on(_event: 'change', listener: (payload: SourceChange<T>) => void): void {
    this.listeners.add(listener)
  }

  off(_event: 'change', listener: (payload: SourceChange<T>) => void): void {
    this.listeners.delete(listener)
  }
}
