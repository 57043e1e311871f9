// The vendored corpus of real compose files (test/corpus, see its README.md): where it is and which files it holds.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** test/corpus in this repository; COMPOSE_CORPUS points elsewhere (for a larger private set). */
export const CORPUS_DIR = process.env.COMPOSE_CORPUS
  ? resolve(process.env.COMPOSE_CORPUS)
  : resolve(fileURLToPath(new URL('.', import.meta.url)), '../../test/corpus')

/** Every *.yaml / *.yml below dir, sorted; [] when dir does not exist. */
export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return corpusFiles(path)
    return /\.ya?ml$/i.test(name) ? [path] : []
  })
}
