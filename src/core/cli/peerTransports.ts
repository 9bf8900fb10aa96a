import type { PeerOptions } from '../sync/runPeer'
import { UsageError, type CommandContext } from './command'

function bootstrapNodes(value: unknown): Array<{ host: string; port: number }> | undefined {
  if (typeof value !== 'string') return undefined
  return value.split(',').map((node) => {
    const match = /^([^:]+):(\d{1,5})$/.exec(node.trim())
    if (!match) throw new UsageError(`--bootstrap takes HOST:PORT[,HOST:PORT…], not ${node}`)
    return { host: match[1]!, port: Number(match[2]) }
  })
}

/** How a CLI command that syncs finds members: the same flags wherever it is offered. */
export const TRANSPORT_OPTIONS = {
  bootstrap: { type: 'string' },
  'lan-host': { type: 'string' },
  'no-internet': { type: 'boolean' },
  'no-lan': { type: 'boolean' },
} as const

export function peerTransports(values: CommandContext['values']): Pick<PeerOptions, 'internet' | 'lan'> {
  const bootstrap = bootstrapNodes(values.bootstrap)
  return {
    internet: values['no-internet'] ? false : bootstrap ? { bootstrap } : {},
    // --lan-host also picks the interface multicast DNS uses (all of them by default).
    lan: values['no-lan']
      ? false
      : typeof values['lan-host'] === 'string'
        ? { host: values['lan-host'], interface: values['lan-host'] }
        : { host: '0.0.0.0' },
  }
}
