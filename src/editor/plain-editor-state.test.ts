import { afterEach, describe, expect, it } from 'vitest'
import {
  clampSelection,
  editableAsPlainText,
  firstLines,
  keepPlainEditorState,
  lineCount,
  lineNumbers,
  peekPlainEditorState,
  takePlainEditorState,
} from './plain-editor-state'
import type { PlainEditorState } from './plain-editor-state'

const STATE: PlainEditorState = { start: 4, end: 9, backward: true, scrollTop: 120, scrollLeft: 0, focused: true }

afterEach(() => {
  takePlainEditorState()
})

describe('the plain editor state', () => {
  it('is kept for the next plain editor and taken once by Monaco', () => {
    expect(peekPlainEditorState()).toBeNull()
    keepPlainEditorState(STATE)
    expect(peekPlainEditorState()).toEqual(STATE)
    expect(peekPlainEditorState()).toEqual(STATE)
    expect(takePlainEditorState()).toEqual(STATE)
    expect(takePlainEditorState()).toBeNull()
    expect(peekPlainEditorState()).toBeNull()
  })

  it('keeps only the latest state', () => {
    keepPlainEditorState(STATE)
    keepPlainEditorState({ ...STATE, start: 0, end: 0 })
    expect(takePlainEditorState()).toMatchObject({ start: 0, end: 0 })
  })

  it('clamps a selection into a text that has shrunk', () => {
    expect(clampSelection(STATE, 100)).toEqual(STATE)
    expect(clampSelection(STATE, 6)).toEqual({ ...STATE, start: 4, end: 6 })
    expect(clampSelection(STATE, 2)).toEqual({ ...STATE, start: 2, end: 2 })
    expect(clampSelection({ ...STATE, start: -3, end: -1 }, 10)).toMatchObject({ start: 0, end: 0 })
  })
})

describe('lineCount and lineNumbers', () => {
  it('counts one line more than line feeds', () => {
    expect(lineCount('')).toBe(1)
    expect(lineCount('a')).toBe(1)
    expect(lineCount('a\nb\n')).toBe(3)
    expect(lineCount('\n\n\n')).toBe(4)
  })

  it('numbers the lines from 1', () => {
    expect(lineNumbers(1)).toBe('1')
    expect(lineNumbers(3)).toBe('1\n2\n3')
  })
})

describe('editableAsPlainText', () => {
  it('is false for text a textarea would change (carriage returns)', () => {
    expect(editableAsPlainText('a: 1\nb: 2\n')).toBe(true)
    expect(editableAsPlainText('a: 1\r\nb: 2\r\n')).toBe(false)
    expect(editableAsPlainText('a: 1\rb: 2')).toBe(false)
  })
})

describe('firstLines', () => {
  it('is the prefix of the text that holds its first lines', () => {
    expect(firstLines('a\nb\nc\nd', 2)).toBe('a\nb')
    expect(firstLines('a\nb\n', 2)).toBe('a\nb')
    expect(firstLines('a\nb', 5)).toBe('a\nb')
    expect(firstLines('', 3)).toBe('')
  })

  it('cuts at the line feed, so a CRLF file keeps the last line\'s carriage return', () => {
    expect(firstLines('a: 1\r\nb: 2\r\nc: 3', 2)).toBe('a: 1\r\nb: 2\r')
  })
})
