// A document whose service inherits capabilities, a memory limit and a host namespace through a YAML anchor.
export const ANCHORED = `x-defaults: &defaults
  mem_limit: 256m            # shared memory cap
  cap_drop: [ALL]
  cap_add: [NET_BIND_SERVICE]
  ipc: host

services:
  web:
    <<: *defaults
    image: nginx:1.27-alpine
`

/** ANCHORED with lines added at the end of the web service. */
export const anchoredWith = (lines: string) => `${ANCHORED}${lines}`
