// A small file for the report tests: a failing service with a waived finding, and a second service.
export const REPORT_TEXT = [
  'services:',
  '  web:',
  '    image: nginx:1.27',
  '    privileged: true',
  '    ports: ["80:80"] # secure-compose: ignore require-port-host-ip -- public reverse proxy',
  '  db:',
  '    image: postgres:16',
  '',
].join('\n')
