// Build-time constants: scripts/cli-bundle.mjs (the CLI) and vite.config.ts (the page, for its SARIF export) define them from
// package.json; runs outside both (tsx, Node) see the fallbacks.
declare const __SECURE_COMPOSE_VERSION__: string | undefined
declare const __SECURE_COMPOSE_HOMEPAGE__: string | undefined

export const VERSION: string = typeof __SECURE_COMPOSE_VERSION__ === 'string' ? __SECURE_COMPOSE_VERSION__ : '0.0.0-dev'
export const INFORMATION_URI: string = typeof __SECURE_COMPOSE_HOMEPAGE__ === 'string' ? __SECURE_COMPOSE_HOMEPAGE__ : 'https://docs.docker.com/reference/compose-file/'
