// Build-time constants: scripts/build-cli.mjs defines them from package.json; unbundled runs (tests) see the fallbacks.
declare const __SECURE_COMPOSE_VERSION__: string | undefined
declare const __SECURE_COMPOSE_HOMEPAGE__: string | undefined

export const VERSION: string = typeof __SECURE_COMPOSE_VERSION__ === 'string' ? __SECURE_COMPOSE_VERSION__ : '0.0.0-dev'
export const INFORMATION_URI: string = typeof __SECURE_COMPOSE_HOMEPAGE__ === 'string' ? __SECURE_COMPOSE_HOMEPAGE__ : 'https://docs.docker.com/reference/compose-file/'
