/** Realistic material for generated notebooks, in the words organizers use. */
export type Sector = 'housing' | 'work'

/** A problem people raise; `weight` skews how often, so a few dominate as in a real investigation. */
export interface ProblemWord {
  name: string
  sector: Sector
  weight: number
  /** Things people say about it, in their own words. */
  quotes: string[]
}

export const PROBLEMS: ProblemWord[] = [
  { name: 'No heat', sector: 'housing', weight: 30, quotes: ['We have been without heat since October and my kids sleep in their coats.', 'I run the oven all night to keep warm. The gas bill is more than the rent increase.', 'The radiator has been cold since the new company took over.', 'My daughter does her homework in gloves.'] },
  { name: 'Rent increase', sector: 'housing', weight: 26, quotes: ['They raised the rent again and nothing in this building works.', 'Another 9% this year. Where are we supposed to go?', 'I pay half my wages in rent and they still want more.', 'They raise it every lease and fix nothing.'] },
  { name: 'Mold', sector: 'housing', weight: 20, quotes: ['The mold comes back two weeks after they paint over it.', 'My son’s asthma got worse since we moved into this unit.', 'They told me to open the windows. In January.'] },
  { name: 'Repairs ignored', sector: 'housing', weight: 16, quotes: ['I called the office eleven times about the leak. Nobody came.', 'They close the ticket without ever coming up.', 'The super says the office has to approve it, the office says call the super.'] },
  { name: 'Wage theft', sector: 'work', weight: 14, quotes: ['They clock us out for lunch whether we take it or not.', 'My last check was short six hours and the manager just shrugged.', 'Tips go to the manager now. Nobody told us.'] },
  { name: 'Pests', sector: 'housing', weight: 11, quotes: ['Roaches in the kitchen, mice in the walls. The exterminator comes once a year.', 'I set traps every night. The office says it is our fault for cooking.'] },
  { name: 'Eviction threats', sector: 'housing', weight: 10, quotes: ['My neighbour was evicted last month while she was in hospital.', 'They slip notices under the door to scare people.', 'They offered me $500 to leave in two weeks.'] },
  { name: 'Forced overtime', sector: 'work', weight: 9, quotes: ['They make us work doubles with no warning and dock us if we are late.', 'Mandatory Saturdays for three months straight.'] },
  { name: 'Unsafe staffing', sector: 'work', weight: 8, quotes: ['One person on a loading bay built for three. Someone is going to get crushed.'] },
  { name: 'Broken elevator', sector: 'housing', weight: 7, quotes: ['The elevator has been out for a month and my mother lives on the ninth floor.'] },
  { name: 'Harassment by management', sector: 'housing', weight: 6, quotes: ['The super walks into apartments without knocking.'] },
  { name: 'Security deposit withheld', sector: 'housing', weight: 5, quotes: ['They kept the whole deposit for “cleaning” a unit I left spotless.'] },
  { name: 'Unpredictable schedules', sector: 'work', weight: 5, quotes: ['I find out my shifts the night before. I cannot plan childcare.'] },
  { name: 'Heat on the floor', sector: 'work', weight: 4, quotes: ['It hits 95 degrees in the warehouse in July and they lock the fans.'] },
  { name: 'Water leaks', sector: 'housing', weight: 4, quotes: ['Water comes through the ceiling every time upstairs showers.'] },
  { name: 'No hot water', sector: 'housing', weight: 4, quotes: ['Cold showers for three weeks now.'] },
  { name: 'Retaliation for complaints', sector: 'work', weight: 3, quotes: ['The last guy who complained got moved to nights.'] },
  { name: 'Illegal fees', sector: 'housing', weight: 3, quotes: ['They charge a $50 “amenity fee” for a gym that has been locked for a year.'] },
  { name: 'Broken locks', sector: 'housing', weight: 3, quotes: ['The front door lock has been broken since spring. Anyone can walk in.'] },
  { name: 'Garbage not collected', sector: 'housing', weight: 2, quotes: ['Bags pile up in the courtyard for a week at a time.'] },
  { name: 'Lead paint', sector: 'housing', weight: 2, quotes: ['The paint is peeling off in flakes by the window where the baby plays.'] },
  { name: 'Denied sick days', sector: 'work', weight: 2, quotes: ['They told me to come in with a fever or not come back.'] },
  { name: 'Speed-up quotas', sector: 'work', weight: 2, quotes: ['The rate goes up every month and the scanner times our bathroom breaks.'] },
  { name: 'Overcrowding', sector: 'housing', weight: 1, quotes: ['Six of us in a two-bedroom because nobody can afford a second place.'] },
  { name: 'Misclassification', sector: 'work', weight: 1, quotes: ['They call us contractors but we wear their uniform and follow their schedule.'] },
]

/** Who is responsible: landlords and agencies for housing, employers for work. */
export const TARGETS: { name: string; sector: Sector; weight: number }[] = [
  { name: 'Greystone Property Mgmt', sector: 'housing', weight: 30 },
  { name: 'Harbor Realty LLC', sector: 'housing', weight: 18 },
  { name: 'City Housing Agency', sector: 'housing', weight: 10 },
  { name: 'Linden Holdings', sector: 'housing', weight: 6 },
  { name: 'Cedar Equities', sector: 'housing', weight: 4 },
  { name: 'Northside Realty', sector: 'housing', weight: 2 },
  { name: 'FreshMart Distribution', sector: 'work', weight: 14 },
  { name: 'Apex Staffing', sector: 'work', weight: 8 },
  { name: 'Metro Transit Authority', sector: 'work', weight: 3 },
  { name: 'QuickCart Logistics', sector: 'work', weight: 2 },
]

/** Hesitations and hostile remarks: just as much part of an investigation as agreement. */
export const OBJECTIONS = [
  'I do not want trouble with the landlord, I am scared they will not renew my lease.',
  'Unions never did anything for me.',
  'This is how it has always been, nothing will change.',
  'I am moving out next year anyway, it is not my problem.',
  'The people complaining are the ones who do not pay on time.',
  'I cannot risk my job, I have papers to think about.',
  'Meetings are a waste of time, just call the city.',
]

/** Willingness to act, not tied to one problem. */
export const GENERAL_QUOTES = [
  'If everyone on this floor signs, I will sign too.',
  'I would come to a meeting if it is on a Sunday.',
  'Count me in. I am tired of asking nicely.',
  'My cousin in the next building has the same problem, talk to her.',
]

export const CAMPAIGNS: { name: string; target: string; sector: Sector; demands: string[] }[] = [
  { name: 'Heat and repairs now', target: 'Greystone Property Mgmt', sector: 'housing', demands: ['Heat restored in every unit', 'Repairs within 14 days'] },
  { name: 'No rent increase at Maple Court', target: 'Harbor Realty LLC', sector: 'housing', demands: ['Freeze the rent', 'Mold removed'] },
  { name: 'Stop the evictions', target: 'City Housing Agency', sector: 'housing', demands: ['No evictions this winter'] },
  { name: 'Warehouse safe staffing', target: 'FreshMart Distribution', sector: 'work', demands: ['Two people per loading bay', 'Pay for all hours worked'] },
]

export const STANCES: { stance: string; weight: number }[] = [
  { stance: 'eager', weight: 15 },
  { stance: 'supportive', weight: 35 },
  { stance: 'unsure', weight: 30 },
  { stance: 'opposed', weight: 12 },
  { stance: 'hostile', weight: 4 },
  { stance: 'unknown', weight: 4 },
]

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
  'Has lived here eleven years and remembers the last tenants’ association.',
  'Kids were in the background; keep the next visit short.',
]

export const FOLLOW_UPS = ['Call back about the building meeting', 'Bring the petition', 'Drop off the know-your-rights flyer', 'Introduce to the floor captain']
