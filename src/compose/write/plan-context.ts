// What every text operation needs: the text, its parsed document (never left changed), and the file's layout habits.
import type { Document } from 'yaml'
import type { Style } from './plan-style'

export interface PlanCtx {
  text: string
  doc: Document.Parsed
  style: Style
}
