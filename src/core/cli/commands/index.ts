import type { Command } from '../command'
import { bundleExport, bundleImport } from './bundle'
import { check } from './check'
import { exportContactsCommand, importContacts } from './contactsTransfer'
import { exportLeafletCommand } from './exportLeaflet'
import { exportNotebook } from './exportNotebook'
import { exportSignInCommand } from './exportSignIn'
import { actionsList, actionsShow, meetingsList, meetingsShow, tasksList, tasksShow, teamsList, teamsShow } from './mobilization'
import { generate } from './generate'
import { importsFinish, importsList, importsShow, importsUndo } from './imports'
import { leafletsList } from './leaflets'
import { campaignsList, campaignsShow } from './campaigns'
import { notebooksCreate, notebooksList } from './notebooks'
import { peer } from './peer'
import { placesDuplicates, placesList, placesMerge, placesShow } from './places'
import { purgeContact, purgeNote, purgeQuote } from './purge'

/** Every CLI command. Add a command by adding its module here. */
export const COMMANDS: Command[] = [notebooksList, notebooksCreate, generate, exportNotebook, bundleExport, bundleImport, peer, importContacts, importsList, importsShow, importsFinish, importsUndo, exportContactsCommand, exportLeafletCommand, leafletsList, campaignsList, campaignsShow, purgeContact, purgeNote, purgeQuote, check, meetingsList, meetingsShow, exportSignInCommand, tasksList, tasksShow, actionsList, actionsShow, teamsList, teamsShow, placesList, placesShow, placesDuplicates, placesMerge]
