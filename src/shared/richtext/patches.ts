import type * as A from '@automerge/automerge'
import type { TextModel } from './model'

const startsWith = (path: readonly A.Prop[], prefix: readonly A.Prop[]): boolean =>
  prefix.every((p, i) => path[i] === p)

/** Whether any patch reaches the text at `base` (a change inside it, or of an object holding it). */
export const touchesPath = (patches: readonly A.Patch[], base: readonly A.Prop[]): boolean =>
  patches.some((patch) => startsWith(patch.path, base) || startsWith(base, patch.path))

/**
 * Applies Automerge patches to the mirror. Returns false when a patch replaced
 * the text object itself (or an ancestor), so the caller must rebuild from scratch.
 */
export function applyPatches(model: TextModel, patches: readonly A.Patch[], base: readonly A.Prop[]): boolean {
  const depth = base.length
  for (const patch of patches) {
    const path = patch.path
    if (path.length <= depth) {
      if (startsWith(base, path) && patch.action !== 'mark' && patch.action !== 'unmark') return false
      if (patch.action === 'mark' && startsWith(path, base)) {
        for (const m of patch.marks) model.mark(m.start, m.end, m.name, m.value)
      } else if (patch.action === 'unmark' && startsWith(path, base)) {
        model.mark(patch.start, patch.end, patch.name, null)
      }
      continue
    }
    if (!startsWith(path, base)) continue
    const index = path[depth] as number
    if (path.length > depth + 1) {
      const marker = model.markerAt(index)
      if (marker) marker.specDirty = true
      continue
    }
    switch (patch.action) {
      case 'splice':
        model.insertText(index, patch.value, patch.marks)
        break
      case 'del':
        model.delete(index, patch.length ?? 1)
        break
      case 'insert':
        patch.values.forEach((value, k) => {
          if (typeof value === 'string') model.insertText(index + k, value, patch.marks)
          else model.insertMarker(index + k)
        })
        break
      case 'put':
        // a whole marker replaced in place
        if (typeof patch.value === 'object') {
          const marker = model.markerAt(index)
          if (marker) marker.specDirty = true
        }
        break
      default:
        break
    }
  }
  return true
}
