# Node 24 is the current LTS (Node 20 reached end of life on 2026-04-30; google-ads-api 25, gaxios and file-type need >= 22).
# One image for every role; APP_ROLE chooses api, worker or all.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/segmentation/package.json libs/segmentation/
COPY libs/api-contract/package.json libs/api-contract/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# A young generation sized for ~200 requests in flight: with V8's 16 MB default their live objects
# survive scavenges and get promoted, and GC took 12% of the API's CPU under load (issue 11.24).
ENV NODE_OPTIONS=--max-semi-space-size=64
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
