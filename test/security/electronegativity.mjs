// Runs Electronegativity over src and fails on any finding. Differences from the stock CLI:
// - the CLI always exits 0; this exits 1 on any finding or parse error;
// - the CLI fetches translations and Electron release data from the internet on every run (this
//   project makes no network activity nobody asked for), so `got` is stubbed to fail offline at once;
// - one CSP finding is accepted, narrowly: csp-evaluator's generic "script-src 'self' can be
//   problematic if you host JSONP, Angular or user uploaded files". The renderer is a local bundle
//   with none of those; a finding with any other weakness still fails.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const require = createRequire(import.meta.url)
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js')
const fromRunner = createRequire(runnerPath)
const gotPath = fromRunner.resolve('got')
const offline = () => Promise.reject(new Error('offline'))
Object.assign(offline, { get: offline, head: offline })
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }

const log = console.log
const noise = /^(Could not retrieve updated translations|Fetching Electron's new releases|Something went wrong while fetching Electron's releases)/
console.log = (...args) => (noise.test(String(args[0])) ? undefined : log(...args))

const csp = fromRunner('@doyensec/csp-evaluator')
const { HIGH, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE } = csp.severities
function onlySelfScriptWarning(policy) {
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate()
  const weak = findings.filter((f) => [HIGH, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE].includes(f.severity))
  return weak.length > 0 && weak.every((f) => f.severity === MEDIUM_MAYBE && f.directive === 'script-src' && f.value === "'self'")
}
const accepted = (issue) => issue.id === 'CSP_GLOBAL_CHECK' && typeof issue.sample === 'string' && onlySelfScriptWarning(issue.sample)

const run = fromRunner(runnerPath)
const input = resolve(process.argv[2] ?? 'src')
const result = await run({ input, isRelative: true, isVerbose: true, electronVersionOverride: '45.0.0', parserPlugins: [] }, false)

const fatal = result.errors.filter((e) => !e.tolerable)
for (const error of result.errors) log(`${error.tolerable ? 'warning' : 'ERROR'} parsing ${error.file}: ${error.message}`)
const failing = []
for (const issue of result.issues) {
  const ok = accepted(issue)
  if (!ok) failing.push(issue)
  log(`${ok ? 'accepted' : 'FINDING'} ${issue.severity.name} ${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}`)
  log(`  ${issue.description}  ${issue.shortenedURL}${issue.sample && ok ? `\n  policy: ${issue.sample}` : ''}`)
}
log(`electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${failing.length} finding(s), ${result.issues.length - failing.length} accepted, ${fatal.length} parse error(s)`)
process.exit(failing.length > 0 || fatal.length > 0 ? 1 : 0)
