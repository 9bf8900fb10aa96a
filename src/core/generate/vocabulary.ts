/** Realistic material for generated notebooks, in the words organizers use. */
export const PROBLEMS = [
  'no heat',
  'mold',
  'rent increase',
  'repairs ignored',
  'eviction threats',
  'pests',
  'wage theft',
  'unsafe staffing',
  'forced overtime',
  'broken elevator',
  'security deposit withheld',
  'harassment by management',
]

export const TARGETS = ['Greystone Property Mgmt', 'Harbor Realty LLC', 'City Housing Agency', 'FreshMart Distribution', 'Apex Staffing']

export const CAMPAIGNS = [
  { name: 'No rent increase at Maple Court', target: 'Greystone Property Mgmt', demands: ['Freeze the rent', 'Repairs within 14 days'] },
  { name: 'Heat and repairs now', target: 'Harbor Realty LLC', demands: ['Heat restored in every unit', 'Mold removed'] },
  { name: 'Warehouse safe staffing', target: 'FreshMart Distribution', demands: ['Two people per loading bay', 'Pay for all hours worked'] },
  { name: 'Stop the evictions', target: 'City Housing Agency', demands: ['No evictions this winter'] },
]

export const QUOTES = [
  'We have been without heat since October and my kids sleep in their coats.',
  'They raised the rent again and nothing in this building works.',
  'I called the office eleven times about the leak. Nobody came.',
  'If everyone on this floor signs, I will sign too.',
  'I do not want trouble with the landlord, I am scared they will not renew my lease.',
  'Unions never did anything for me.',
  'They make us work doubles with no warning and dock us if we are late.',
  'My neighbour was evicted last month while she was in hospital.',
  'I would come to a meeting if it is on a Sunday.',
  'This is how it has always been, nothing will change.',
]

export const OBJECTION_QUOTES = new Set([4, 5, 9])

export const HOW_MET = ['door knock', 'meeting sign-in', 'phone bank', 'picket line', 'referred by a neighbour', 'break room']

export const LANGUAGES = ['en', 'es', 'vi', 'zh', 'ar', 'fr', 'ht', 'tl']

export const COMRADES = ['Amaru', 'Bex', 'Chidi', 'Dana', 'Esperanza']

export const STREETS = ['Maple Court', 'Harbor View', 'Linden Towers', 'Riverside Apartments', 'Cedar Gardens', 'Union Plaza']

export const NOTE_SENTENCES = [
  'Talked at the door for about ten minutes.',
  'Said the problem started after the new management company took over.',
  'Knows several neighbours on the same floor with the same issue.',
  'Was suspicious at first but warmed up once we said we live nearby.',
  'Has photos of the damage and offered to share them.',
  'Works nights, best time to call is before noon.',
  'Asked whether other buildings owned by the same company have the same problems.',
  'Would help with flyering if someone goes with them.',
  'Mentioned that the super is sympathetic but afraid of losing the job.',
  'Agreed to a follow-up call next week and to come to the building meeting.',
]
