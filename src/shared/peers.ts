import type { PeerId } from '@automerge/automerge-repo'

/** Renderer windows join a notebook's repo as peers whose id starts with this. */
export const UI_PEER_PREFIX = 'ui-'

export function uiPeerId(): PeerId {
  return `${UI_PEER_PREFIX}${globalThis.crypto.randomUUID()}` as PeerId
}

export function isUiPeer(peerId: PeerId): boolean {
  return peerId.startsWith(UI_PEER_PREFIX)
}
