// The diff view of the Harden and Import docker run dialogs (src/ui/diff/TextDiff.tsx).
import type { Locator } from '@playwright/test'

/** The diff in `dialog`: a scrolling region named "Diff: <one side> → <the other>". */
export const diffIn = (dialog: Locator): Locator => dialog.getByRole('region', { name: /^Diff: / })

/** The first line of `diff` added with `text` in it. */
export const addedLine = (diff: Locator, text: string): Locator => diff.locator('[data-tone="added"]').filter({ hasText: text }).first()
