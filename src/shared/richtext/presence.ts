import * as A from '@automerge/automerge'
import type { RichTextBinding } from './binding'

export interface PresenceUser {
  id: string
  name: string
  color: string
}

/** What one editor broadcasts: its selection as Automerge cursors, valid on every peer's copy. */
export interface PresenceMessage {
  type: 'massline/richtext-presence'
  path: A.Prop[]
  user: PresenceUser
  selection: { anchor: A.Cursor; focus: A.Cursor } | null
}

/** A remote caret resolved against the local document: sequence indices. */
export interface RemoteCaret {
  user: PresenceUser
  anchor: number
  focus: number
}

/** The part of a DocHandle used for ephemeral messages. */
export interface EphemeralChannel {
  broadcast(message: unknown): void
  on(event: 'ephemeral-message', listener: (payload: { senderId: string; message: unknown }) => void): unknown
  off(event: 'ephemeral-message', listener: (payload: { senderId: string; message: unknown }) => void): unknown
}

const isPresence = (m: unknown, path: A.Prop[]): m is PresenceMessage =>
  typeof m === 'object' && m !== null && (m as PresenceMessage).type === 'massline/richtext-presence' && JSON.stringify((m as PresenceMessage).path) === JSON.stringify(path)

/**
 * Shares this editor's caret and selection with collaborators over
 * automerge-repo's ephemeral messages, and tracks theirs. Nothing is stored in the document.
 */
export class Presence {
  private peers = new Map<string, { message: PresenceMessage; seen: number }>()
  private listeners = new Set<() => void>()
  private lastSent = ''
  private disposers: Array<() => void> = []
  timeoutMs = 30_000

  constructor(
    private binding: RichTextBinding<unknown>,
    private channel: EphemeralChannel,
    private user: PresenceUser,
  ) {
    const onMessage = ({ senderId, message }: { senderId: string; message: unknown }): void => {
      if (!isPresence(message, binding.path)) return
      if (message.selection) this.peers.set(senderId, { message, seen: Date.now() })
      else this.peers.delete(senderId)
      this.emit()
    }
    channel.on('ephemeral-message', onMessage)
    this.disposers.push(
      () => channel.off('ephemeral-message', onMessage),
      binding.editor.registerUpdateListener(() => this.send()),
    )
  }

  /** Broadcasts the local selection if it moved (call also on a timer as a heartbeat). */
  send(force = false): void {
    const selection = this.binding.selectionCursors()
    const key = JSON.stringify(selection)
    if (!force && key === this.lastSent) return
    this.lastSent = key
    const message: PresenceMessage = { type: 'massline/richtext-presence', path: this.binding.path, user: this.user, selection }
    this.channel.broadcast(message)
  }

  /** Other editors' selections, resolved to positions in the current document. */
  carets(): RemoteCaret[] {
    const now = Date.now()
    const doc = this.binding.doc()
    const out: RemoteCaret[] = []
    for (const [id, { message, seen }] of this.peers) {
      if (now - seen > this.timeoutMs || !message.selection) {
        this.peers.delete(id)
        continue
      }
      try {
        const anchor = A.getCursorPosition(doc, this.binding.path, message.selection.anchor)
        const focus = A.getCursorPosition(doc, this.binding.path, message.selection.focus)
        out.push({ user: message.user, anchor, focus })
      } catch {
        // the cursor names a change we have not received yet; show it once we have
      }
    }
    return out
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    for (const l of this.listeners) l()
  }

  destroy(): void {
    this.channel.broadcast({ type: 'massline/richtext-presence', path: this.binding.path, user: this.user, selection: null })
    for (const d of this.disposers.splice(0)) d()
  }
}
