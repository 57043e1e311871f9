// The font of every editor on the page, in a module of its own: the text shown while Monaco loads uses it too, without
// loading Monaco, and so do the diffs of src/ui/diff. The family is Monaco's own default for each platform (Menlo on
// macOS, Consolas on Windows, Droid Sans Mono or the system's monospace on Linux), named here so that all draw the same
// glyphs.
export const EDITOR_FONT = {
  fontFamily: "Menlo, Monaco, Consolas, 'Droid Sans Mono', 'monospace', monospace",
  fontSize: 13,
  lineHeight: 20,
} as const
