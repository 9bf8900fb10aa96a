import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import { readRules, type FollowUpRules } from '../../shared/contacts/followUp'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'
import { useDoc } from './useDoc'

/** The notebook's follow-up rules and phone region (defaults until the root document arrives). */
export function useNotebookSettings(session: NotebookSession): { rules: FollowUpRules; region: string } {
  const [root, setRoot] = useState<DocHandle<NotebookRootDoc>>()
  useEffect(() => {
    let live = true
    void session.root().then((h) => live && setRoot(h))
    return () => {
      live = false
    }
  }, [session])
  const doc = useDoc(root)
  return { rules: readRules(doc?.settings.followUp), region: doc?.settings.defaultRegion ?? 'US' }
}
