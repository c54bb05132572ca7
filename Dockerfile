# Support Market: the API and the web app in one image, started by scripts/start.mjs (see docker-compose.yml).
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false

RUN mkdir /app && chown node:node /app
WORKDIR /app
# PostgreSQL and Next refuse or dislike running as root; the node user owns the app (Next writes web/.next/cache).
USER node

# Dependencies first, so code changes reuse this layer. Dev dependencies stay: swc builds the server and
# start.mjs rebuilds nothing unless sources are newer than the builds below.
COPY --chown=node:node package.json package-lock.json .swcrc ./
RUN npm ci --no-audit

COPY --chown=node:node tsconfig.json schema.graphql ./
COPY --chown=node:node scripts ./scripts
COPY --chown=node:node server ./server
COPY --chown=node:node web ./web
RUN npm run build:server && node scripts/web-build.mjs

ENV NODE_ENV=production \
    PORT=4000 \
    WEB_PORT=3000
EXPOSE 4000 3000

HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD node -e "fetch('http://localhost:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# start.mjs seeds the demo data into an empty database, starts the API, then the web app; it forwards SIGTERM.
CMD ["node", "scripts/start.mjs"]
