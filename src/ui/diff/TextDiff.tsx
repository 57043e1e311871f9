// A read-only diff of two texts (Harden's change, the docker run import's): side by side, or in one column when the
// view is narrow; unchanged runs folded to a few lines of context, each fold opening on click. Drawn by the page
// itself, not Monaco's diff editor: only the rows in sight are in the DOM, so a 12k-line file's diff costs the page
// a few ms, and it needs no editor chunk. The line diff comes from the engine's worker (Harden) or is computed here.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { diffLines, splitLines } from '../../edits/line-diff'
import type { DiffChunk } from '../../edits/line-diff'
import { EDITOR_FONT } from '../../editor/editor-font'
import { rowOffsets, rowSpans, TAB_SIZE, visibleRows } from './diff-layout'
import { diffStats, splitRows, unifiedRows } from './diff-rows'
import type { DiffSide, HiddenRow, SplitRow, UnifiedRow } from './diff-rows'
import { blockScalarLines, yamlLineTokens } from './yaml-tokens'
import type { TokenKind } from './yaml-tokens'

/** What the two sides are called, on screen and for screen readers. */
export interface DiffLabels {
  original: string
  modified: string
}

interface TextDiffProps {
  original: string
  /** Null while the new text is computed. */
  modified: string | null
  /** The line diff of the two texts, when already computed (the engine's worker does for Harden). */
  chunks?: readonly DiffChunk[]
  labels: DiffLabels
  /** Shown over the view while `modified` is null. */
  computingText?: string
}

const NONE: ReadonlySet<number> = new Set()
const ROW = EDITOR_FONT.lineHeight
/** Screen lines drawn above and below the ones in sight, so a fast scroll shows no gap. */
const OVERSCAN = 20
/** Below this width the two sides share one column (as GitHub and Monaco do). */
const SPLIT_MIN_PX = 760
/** The column names' height above the lines (px). */
const HEADER = 28
/** A line number's width (w-12 below), and a side's line number, sign and right padding (w-12, w-5, pr-4), in px. */
const GUTTER_PX = 48
const SIDE_GUTTERS_PX = 48 + 20 + 16
let measured = 0
/** A character's width in the diff's font (monospace), measured once on a canvas: no layout of the page. */
function charWidth(): number {
  if (measured) return measured
  const context = document.createElement('canvas').getContext('2d')
  if (context) context.font = `${EDITOR_FONT.fontSize}px ${EDITOR_FONT.fontFamily}`
  measured = (context?.measureText('0'.repeat(64)).width ?? 0) / 64 || 7.8
  return measured
}
const FONT = { fontFamily: EDITOR_FONT.fontFamily, fontSize: EDITOR_FONT.fontSize, lineHeight: `${ROW}px`, tabSize: TAB_SIZE }
/** Kept free at the end of each line's box (px): the canvas and the page may round a character's width differently. */
const SLACK_PX = 4

const TOKEN_CLASS: Record<TokenKind, string> = {
  // The page editor's colours (Monaco's vs / vs-dark), a shade darker in light where the diff's tints need it for
  // WCAG AA contrast.
  key: 'text-[#006b6b] dark:text-[#3dc9b0]',
  string: 'text-[#0451a5] dark:text-[#ce9178]',
  keyword: 'text-[#0000ff] dark:text-[#569cd6]',
  number: 'text-[#06704a] dark:text-[#b5cea8]',
  comment: 'text-[#006400] dark:text-[#6a9955]',
  plain: '',
}

export function TextDiff({ original, modified, chunks, labels, computingText = 'Computing…' }: TextDiffProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 600, width: 1200 })
  const [opened, setOpened] = useState<{ diff: readonly DiffChunk[] | null; ids: ReadonlySet<number> }>({ diff: null, ids: NONE })

  const a = useMemo(() => splitLines(original), [original])
  const b = useMemo(() => (modified === null ? null : splitLines(modified)), [modified])
  const diff = useMemo(() => (b === null ? null : (chunks ?? diffLines(a, b))), [a, b, chunks])
  // The folds opened in this change: a new change folds its unchanged runs again (they are numbered per change).
  const open = opened.diff === diff ? opened.ids : NONE

  const split = view.width >= SPLIT_MIN_PX
  const scalars = useMemo(() => (b === null ? undefined : { a: blockScalarLines(a), b: blockScalarLines(b) }), [a, b])
  const rows = useMemo(
    () => (b === null || diff === null ? null : split ? splitRows(a, b, diff, open, scalars) : unifiedRows(a, b, diff, open, scalars)),
    [a, b, diff, open, split, scalars],
  )
  const stats = useMemo(() => (diff ? diffStats(diff) : null), [diff])
  // Long lines wrap (no sideways scrolling, each side shows all of its text): characters per screen line.
  // A side is half the width; the right half's 1px border is inside it.
  const textWidth = (split ? view.width / 2 - 1 - SIDE_GUTTERS_PX : view.width - SIDE_GUTTERS_PX - GUTTER_PX) - SLACK_PX
  const columns = Math.max(8, Math.floor(textWidth / charWidth()))
  const offsets = useMemo(() => rowOffsets(rowSpans(rows ?? [], columns)), [rows, columns])

  // The size comes with the observer's first call, after the browser's own layout: reading it here would force one
  // (of the whole page, as the dialog opens).
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect
      setView((v) => (v.width === width && v.height === height ? v : { ...v, width, height }))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  const top = Math.max(0, view.top - HEADER) / ROW
  const { first, last } = visibleRows(offsets, top - OVERSCAN, top + view.height / ROW + OVERSCAN)
  const openFold = useCallback(
    (id: number) => {
      setOpened((prev) => ({ diff, ids: new Set(prev.diff === diff ? prev.ids : NONE).add(id) }))
      // The button goes away with its fold: the keyboard stays in the diff, where its lines now are.
      scroller.current?.focus({ preventScroll: true })
    },
    [diff],
  )

  return (
    <div className="relative h-full min-h-64 bg-[#fffffe] text-black dark:bg-[#1e1e1e] dark:text-[#d4d4d4]">
      <div
        ref={scroller}
        role="region"
        aria-label={`Diff: ${labels.original} → ${labels.modified}`}
        // Scrollable, so reachable with the keyboard (arrow keys scroll it), as WAI-ARIA advises for a scrolling region.
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-testid="text.diff"
        className="absolute inset-0 overflow-x-hidden overflow-y-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-500 focus-visible:ring-inset"
        onScroll={(e) => {
          const top = e.currentTarget.scrollTop
          setView((v) => (v.top === top ? v : { ...v, top }))
        }}
      >
        <div
          aria-hidden="true"
          className="sticky top-0 z-10 flex items-center border-b border-slate-200 bg-white text-[11px] font-medium text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400"
          style={{ height: HEADER }}
        >
          {split ? (
            <>
              <span className="w-1/2 px-4">{labels.original}</span>
              <span className="w-1/2 px-4">{labels.modified}</span>
            </>
          ) : (
            <span className="px-4">
              {labels.original} → {labels.modified}
            </span>
          )}
          {stats && (
            <span className="ml-auto shrink-0 px-4 tabular-nums">
              <span className="text-red-700 dark:text-red-400">−{stats.removed}</span> <span className="text-emerald-700 dark:text-emerald-400">+{stats.added}</span>
            </span>
          )}
        </div>
        {stats && <p className="sr-only">{`${plural(stats.removed, 'line')} removed, ${plural(stats.added, 'line')} added.`}</p>}
        {rows && rows.length === 0 && <p className="p-4 text-sm text-slate-600 dark:text-slate-300">No change: both texts are the same.</p>}
        {rows && rows.length > 0 && (
          <div className="relative" style={{ height: offsets[rows.length] * ROW, ...FONT }}>
            <div className="absolute inset-x-0" style={{ top: offsets[first] * ROW }}>
              {rows.slice(first, last).map((row, i) => {
                const height = (offsets[first + i + 1] - offsets[first + i]) * ROW
                return row.kind === 'hidden' ? (
                  <Fold key={`h${row.id}`} row={row} onOpen={openFold} />
                ) : split ? (
                  <SplitLine key={first + i} row={row as Extract<SplitRow, { kind: 'line' }>} height={height} />
                ) : (
                  <UnifiedLine key={first + i} row={row as Extract<UnifiedRow, { kind: 'line' }>} height={height} />
                )
              })}
            </div>
          </div>
        )}
      </div>
      {modified === null && (
        <p className="absolute inset-0 flex items-center justify-center bg-white/70 text-sm text-slate-500 dark:bg-slate-900/70 dark:text-slate-400">{computingText}</p>
      )}
    </div>
  )
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function Fold({ row, onOpen }: { row: HiddenRow; onOpen(id: number): void }) {
  return (
    <div style={{ height: ROW }} className="flex items-center bg-slate-100 dark:bg-slate-800">
      <button
        type="button"
        aria-label={`Show ${row.count} hidden lines`}
        title="Show the unchanged lines"
        onClick={() => onOpen(row.id)}
        className="sticky left-0 h-full px-4 font-sans text-xs text-slate-700 hover:text-slate-900 hover:underline focus-visible:ring-2 focus-visible:ring-emerald-500 focus-visible:outline-none focus-visible:ring-inset dark:text-slate-300 dark:hover:text-white"
      >
        {row.count} hidden lines
      </button>
    </div>
  )
}

type Tone = 'same' | 'removed' | 'added' | 'none'
const TONE_ROW: Record<Tone, string> = {
  same: '',
  removed: 'bg-red-50 dark:bg-red-950/50',
  added: 'bg-emerald-50 dark:bg-emerald-950/50',
  none: 'bg-slate-50 dark:bg-slate-800/40',
}
const TONE_MARK: Record<Tone, string> = { same: '', removed: 'bg-red-200/70 dark:bg-red-800/60', added: 'bg-emerald-200/60 dark:bg-emerald-800/60', none: '' }
const SIGN: Record<Tone, string> = { same: ' ', removed: '−', added: '+', none: ' ' }
const SIGN_LABEL: Partial<Record<Tone, string>> = { removed: 'removed', added: 'added' }

// Memoised: a scroll re-renders the view, and the rows already drawn keep their props (the row objects come from a memo).
const SplitLine = memo(function SplitLine({ row, height }: { row: Extract<SplitRow, { kind: 'line' }>; height: number }) {
  return (
    <div className="flex" style={{ height }}>
      <Half side={row.left} tone={!row.changed ? 'same' : row.left ? 'removed' : 'none'} />
      <Half side={row.right} tone={!row.changed ? 'same' : row.right ? 'added' : 'none'} divider />
    </div>
  )
})

function Half({ side, tone, divider = false }: { side: DiffSide | null; tone: Tone; divider?: boolean }) {
  return (
    <div data-side={divider ? 'modified' : 'original'} data-tone={tone} className={`flex w-1/2 min-w-0 ${TONE_ROW[tone]} ${divider ? 'border-l border-slate-200 dark:border-slate-700' : ''}`}>
      {side && (
        <>
          <Gutter n={side.n} />
          <Sign tone={tone} />
          <LineText side={side} tone={tone} />
        </>
      )}
    </div>
  )
}

const UnifiedLine = memo(function UnifiedLine({ row, height }: { row: Extract<UnifiedRow, { kind: 'line' }>; height: number }) {
  const tone: Tone = row.sign === '-' ? 'removed' : row.sign === '+' ? 'added' : 'same'
  return (
    <div data-side={row.sign === '-' ? 'original' : 'modified'} data-tone={tone} className={`flex ${TONE_ROW[tone]}`} style={{ height }}>
      <Gutter n={row.old} />
      <Gutter n={row.new} />
      <Sign tone={tone} />
      <LineText side={row.side} tone={tone} />
    </div>
  )
})

function Gutter({ n }: { n: number | null }) {
  return <span className="w-12 shrink-0 pr-2 text-right text-[#1f6b84] select-none dark:text-[#999999]">{n ?? ''}</span>
}

function Sign({ tone }: { tone: Tone }) {
  const label = SIGN_LABEL[tone]
  return (
    <span className="w-5 shrink-0 text-center text-slate-600 select-none dark:text-slate-300">
      <span aria-hidden="true">{SIGN[tone]}</span>
      {label && <span className="sr-only">{label}: </span>}
    </span>
  )
}

/** The line's tokens, coloured, with the changed part (`mark`) of a replaced line shown stronger. */
function LineText({ side, tone }: { side: DiffSide; tone: Tone }) {
  const parts: Array<{ text: string; kind: TokenKind; cls: string }> = []
  const [ms, me] = side.mark ?? [0, 0]
  let at = 0
  for (const [text, kind] of yamlLineTokens(side.text, side.scalar)) {
    const end = at + text.length
    // Split the token where the mark starts and ends.
    for (const [s, e, marked] of [
      [at, Math.min(end, Math.max(at, ms)), false],
      [Math.max(at, ms), Math.min(end, me), true],
      [Math.max(at, me), end, false],
    ] as const) {
      if (e > s) parts.push({ text: side.text.slice(s, e), kind, cls: `${TOKEN_CLASS[kind]} ${marked ? `rounded-sm ${TONE_MARK[tone]}` : ''}` })
    }
    at = end
  }
  return (
    <span className="min-w-0 flex-1 overflow-hidden pr-4 whitespace-pre-wrap [line-break:anywhere]">
      {parts.map((p, i) => (
        <span key={i} className={p.cls} data-token={p.kind === 'plain' ? undefined : p.kind}>
          {p.text}
        </span>
      ))}
    </span>
  )
}
