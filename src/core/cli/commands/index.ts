import type { Command } from '../command'
import { exportNotebook } from './exportNotebook'
import { generate } from './generate'
import { notebooksCreate, notebooksList } from './notebooks'

/** Every CLI command. Add a command by adding its module here. */
export const COMMANDS: Command[] = [notebooksList, notebooksCreate, generate, exportNotebook]
