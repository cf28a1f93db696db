# twenty-bff in a container: built with the full toolchain, run with production
# dependencies only, as the unprivileged `node` user.
#   docker build -t twenty-bff .
#   docker run -p 4000:4000 -e TWENTY_API_URL=https://api.twenty.com -e TWENTY_API_KEY=<key> \
#     -e BFF_CLIENT_TOKENS=<token> twenty-bff

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
# GraphiQL opens the README's examples as tabs.
COPY README.md ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's command (no npm, no shell), so SIGTERM reaches the
# server and in-flight requests finish (BFF_SHUTDOWN_GRACE_MS).
CMD ["node", "dist/main.js"]
