import type { Report } from './report'

export async function run(_report: Report): Promise<void> {}
