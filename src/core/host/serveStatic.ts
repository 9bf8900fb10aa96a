import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { contentTypeOf, rendererFile } from './rendererFiles'

/** Serves a file of the built renderer, given a decoded path; paths cannot climb out of its folder. */
export async function serveStatic(root: string, path: string, response: ServerResponse): Promise<void> {
  const file = rendererFile(root, path)
  if (!file) {
    response.writeHead(404).end()
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' })
    response.end(body)
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
  }
}
