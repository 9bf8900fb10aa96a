import type { ViewProps } from '../app/views'
import '../styles/notes.css'
import { FastEntry } from './FastEntry'
import { NotePage } from './NotePage'
import { NotesList } from './NotesList'
import { ProblemPage } from './ProblemPage'
import { ProblemsView } from './ProblemsView'
import { QuotesView } from './QuotesView'

/** `#notes`, `#notes/new`, `#notes/quotes`, `#notes/problems`, `#notes/problem/<id>`, `#notes/<id>`. */
export function NotesView(props: ViewProps) {
  const { param } = props
  if (!param) return <NotesList {...props} />
  if (param === 'new') return <FastEntry {...props} />
  if (param === 'quotes') return <QuotesView {...props} />
  if (param === 'problems') return <ProblemsView {...props} />
  if (param.startsWith('problem/')) return <ProblemPage key={param} {...props} />
  return <NotePage key={param} {...props} />
}
