/** Styles for the rich-text editor: flat list items are indented and numbered with CSS counters. */
export const RICH_TEXT_CSS = `
.ml-richtext { display: flex; flex-direction: column; gap: .5rem; }
.ml-richtext-toolbar { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
.ml-richtext-toolbar button { min-width: 2rem; }
.ml-richtext-toolbar button.active { font-weight: bold; outline: 2px solid currentColor; }
.ml-richtext-body { position: relative; }
.ml-richtext-content { outline: none; min-height: 8rem; padding: .5rem; counter-reset: ml-n0 ml-n1 ml-n2; }
.ml-richtext-placeholder { position: absolute; top: .5rem; left: .5rem; opacity: .5; pointer-events: none; }
.ml-block { margin: 0 0 .5em; }
.ml-bullet, .ml-number, .ml-check { display: list-item; margin-left: calc(1.5em + var(--ml-indent, 0) * 1.5em); }
.ml-bullet { list-style-type: disc; }
.ml-bullet[data-indent="1"] { list-style-type: circle; }
.ml-bullet[data-indent="2"] { list-style-type: square; }
.ml-check { list-style: none; }
.ml-check::before { content: "☐ "; }
.ml-check[data-checked]::before { content: "☑ "; }
.ml-check[data-checked] { text-decoration: line-through; opacity: .7; }
.ml-number { list-style: none; }
.ml-block:not(.ml-number) + .ml-number[data-indent="0"] { counter-reset: ml-n0; }
.ml-number[data-indent="0"] { counter-increment: ml-n0; counter-reset: ml-n1; }
.ml-number[data-indent="0"]::before { content: counter(ml-n0) ". "; }
.ml-number[data-indent="1"] { counter-increment: ml-n1; counter-reset: ml-n2; }
.ml-number[data-indent="1"]::before { content: counter(ml-n1, lower-alpha) ". "; }
.ml-number:not([data-indent="0"]):not([data-indent="1"]) { counter-increment: ml-n2; }
.ml-number:not([data-indent="0"]):not([data-indent="1"])::before { content: counter(ml-n2, lower-roman) ". "; }
.ml-blockquote { border-left: 3px solid #999; padding-left: 1em; font-style: italic; }
.ml-gathered-quote { border-left: 4px solid #c0392b; padding: .25em 1em; background: rgba(192, 57, 43, .06); }
.ml-gathered-quote::after { content: " — gathered quote"; font-size: .8em; opacity: .6; }
.ml-hr { border-top: 1px solid currentColor; height: 0; margin: 1em 0; opacity: .5; }
.ml-remote-carets { position: absolute; inset: 0; pointer-events: none; }
.ml-remote-selection { position: absolute; opacity: .25; }
.ml-remote-caret { position: absolute; border-left: 2px solid; }
.ml-remote-caret span { position: absolute; top: -1.2em; left: -2px; font-size: .7em; color: white; padding: 0 .25em; white-space: nowrap; }
`
