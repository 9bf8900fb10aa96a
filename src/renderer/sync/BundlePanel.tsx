import { useState, type FormEvent } from 'react'
import type { NotebookSession } from '../session/NotebookSession'

function base64(bytes: ArrayBuffer): string {
  let text = ''
  const view = new Uint8Array(bytes)
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000))
  return btoa(text)
}

/** Hand-over by file when nothing else works: encrypted with a passphrase, merged on import. */
export function BundlePanel({ session }: { session: NotebookSession }) {
  const [exportPass, setExportPass] = useState('')
  const [importPass, setImportPass] = useState('')
  const [file, setFile] = useState<File>()
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()

  const run = async (event: FormEvent, act: () => Promise<string>) => {
    event.preventDefault()
    try {
      setMessage({ text: await act() })
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true })
    }
  }
  const exportFile = () =>
    session.bridge.exportBundle({ notebookId: session.id, passphrase: exportPass }).then(({ path }) => (path ? `Saved the encrypted file to ${path}` : 'Cancelled'))
  const importFile = async () => {
    const { documents, added } = await session.bridge.importBundle({ notebookId: session.id, passphrase: importPass, bytesBase64: base64(await file!.arrayBuffer()) })
    return `Merged ${documents} documents (${added} new). Nothing was overwritten.`
  }

  return (
    <section className="card" aria-label="Encrypted file">
      <h2>Encrypted file</h2>
      <p className="muted">When you cannot sync, hand the notebook over on a USB stick. The file is encrypted with a passphrase; tell it in person, not in the same message.</p>
      <form className="stack" onSubmit={(e) => run(e, exportFile)}>
        <input className="input" type="password" aria-label="Passphrase for the file" placeholder="Passphrase (at least 8 characters)" value={exportPass} onChange={(e) => setExportPass(e.target.value)} />
        <button className="btn" type="submit" disabled={exportPass.length < 8}>Save an encrypted copy…</button>
      </form>
      <form className="stack" onSubmit={(e) => run(e, importFile)}>
        <input className="input" type="file" aria-label="Encrypted file to merge" accept=".massline-bundle" onChange={(e) => setFile(e.target.files?.[0])} />
        <input className="input" type="password" aria-label="Passphrase of the file" placeholder="Its passphrase" value={importPass} onChange={(e) => setImportPass(e.target.value)} />
        <button className="btn" type="submit" disabled={!file || !importPass}>Merge into this notebook</button>
      </form>
      {message && <p className={message.error ? 'error-text' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="bundle-message">{message.text}</p>}
    </section>
  )
}
