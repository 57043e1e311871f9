// Message helpers the container rules share; what they read comes from the core readers (compose/read), and their
// fixes are edits (src/edits).

/** A value as people read it in a message: strings as written, others in YAML-ish form. */
export const shown = (v: unknown): string => (typeof v === 'string' ? v : v === null ? 'null' : JSON.stringify(v))
