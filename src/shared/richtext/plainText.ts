/**
 * The words of a rich-text field read from a document (block markers show up as U+FFFC in
 * Automerge's string view): paragraphs become lines. For previews, search and Markdown-free
 * exports; formatting is dropped.
 */
export function plainText(richText: string | undefined): string {
  // A field a peer wrote as something else reads as no text.
  if (typeof richText !== 'string') return ''
  return richText.replace(/\uFFFC/g, '\n').replace(/^\n+/, '').replace(/\n+$/, '')
}
