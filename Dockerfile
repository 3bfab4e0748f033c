# Leadcycle server image: built in one stage (npm ci compiles better-sqlite3 and builds the dashboard), run from a
# slim one as the unprivileged `node` user, with a health check on GET /ready.
# Build: docker build -t leadcycle .    Run: see compose.yaml, or the README's "Running it for real".

FROM node:20-bookworm AS build
WORKDIR /app
# The lock file first, so a change to the sources alone reuses the dependency layer's download cache.
COPY package.json package-lock.json ./
COPY . .
# npm ci runs postinstall (the dashboard's Vite build); `build` compiles the server where the package has one.
RUN npm ci --no-audit --no-fund \
 && npm run build --if-present \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf test bench test-output .ci

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LEADCYCLE_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# SQLite file and the generated secret key live here when DATABASE_URL / LEADCYCLE_SECRET_KEY are not set.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# /ready answers 503 until the database is reachable and every migration is applied.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets running jobs finish for SHUTDOWN_GRACE_SECONDS (25 s by default): stop with -t 35 or more.
STOPSIGNAL SIGTERM
CMD ["npm", "start"]
