import type { View } from '../app/views'
import { VIEW_INFO } from '../app/views'
import { EmptyState } from './EmptyState'
import { PageHeader } from './PageHeader'

/** What each section is for, shown while it is empty. */
const PURPOSE: Partial<Record<View, { title: string; text: string }>> = {
  notes: {
    title: 'No conversation notes yet',
    text: 'After a night of door knocking, type up each conversation here: who, where, the problem and where it comes from, their own words, and the follow-up you promised.',
  },
  places: {
    title: 'No places yet',
    text: 'Add the buildings and workplaces you canvass, with their units or departments, and record every knock to see what is covered and where to go next.',
  },
  matrix: {
    title: 'Nothing to weigh up yet',
    text: 'Once conversations are typed up, the matrix shows which problems people raise against which targets, and how often.',
  },
  search: {
    title: 'Search the notebook',
    text: 'Find notes, quotes, contacts, campaigns and leaflets by any word in them.',
  },
  campaigns: {
    title: 'No campaigns yet',
    text: 'A campaign is the fight your collective chose: its target, demands, tactics and sum-ups. Judge problems from your investigation before picking one.',
  },
  meetings: {
    title: 'No meetings yet',
    text: 'Plan mass meetings from an agenda template, print a sign-in sheet, and record who came and the task each person left with.',
  },
  leaflets: {
    title: 'No leaflets yet',
    text: 'Draft agitation from what people told you: pull in the strongest quotes, in one or two languages, and print it.',
  },
}

export function PlaceholderView({ view }: { view: View }) {
  const info = VIEW_INFO[view]
  const purpose = PURPOSE[view]
  return (
    <>
      <PageHeader title={info.title} />
      <div className="page-body">{purpose && <EmptyState icon={info.icon} title={purpose.title}>{purpose.text}</EmptyState>}</div>
    </>
  )
}
