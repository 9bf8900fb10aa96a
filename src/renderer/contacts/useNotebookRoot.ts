import { readRules, type FollowUpRules } from '../../shared/contacts/followUp'
import type { NotebookSession } from '../session/NotebookSession'
import { useRoot } from '../session/useRoot'

/** The notebook's follow-up rules and phone region (defaults until the root document arrives). */
export function useNotebookSettings(session: NotebookSession): { rules: FollowUpRules; region: string } {
  const { root } = useRoot(session)
  return { rules: readRules(root?.settings.followUp), region: root?.settings.defaultRegion ?? 'US' }
}
