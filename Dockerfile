# syntax=docker/dockerfile:1
# The secure-compose CLI as an image:
#   docker build -t secure-compose:0.1.0 .
#   docker run --rm --read-only --network none -v "$PWD:/work:ro" secure-compose:0.1.0 check compose.yaml
# The build stage bundles the CLI from this repository (its lockfile, its esbuild); the runtime stage is distroless
# Node.js: no shell and no package manager, a numeric non-root user, and nothing written at run time, so a read-only
# root filesystem works. compose.yaml beside this file runs it with the project's own advice (it scores 100/A).
# For reproducible builds, pin both base images by digest (FROM image:tag@sha256:...).

FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: the postinstall would bundle sources not copied yet (done below); esbuild's binary is an
# optional dependency that npm installs without any script.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY scripts/ scripts/
COPY src/ src/
COPY packages/secure-compose/package.json packages/secure-compose/package.json
RUN node scripts/build-package.mjs

FROM gcr.io/distroless/nodejs24-debian12:nonroot
LABEL org.opencontainers.image.title="secure-compose" \
      org.opencontainers.image.description="Score and harden Docker Compose files for runtime security" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY packages/secure-compose/LICENSE /app/LICENSE
COPY --from=build /src/packages/secure-compose/dist/secure-compose.mjs /src/packages/secure-compose/dist/THIRD-PARTY-NOTICES.txt /app/
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/nodejs/bin/node", "/app/secure-compose.mjs"]
CMD ["--help"]
