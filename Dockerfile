# practice-atlas: the app image. The embedding model is fetched at build time from Maven Central
# (npm run setup:model needs mvn and a JDK, present only in the build stage). To use a model you
# already have instead, mount it at /app/models/bge-small-zh-v1.5 (see docker-compose.yml).
FROM node:20-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends maven openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm ci refuses a lock without non-Linux optional binaries (see .ci/run); install from the lock then.
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY . .
RUN npm run setup:model && npm run build:web

# Same Debian release as the build stage, so the native modules (better-sqlite3, jieba, onnxruntime) load.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    ATLAS_MODEL_DIR=/app/models/bge-small-zh-v1.5
WORKDIR /app
COPY --from=build /app /app
# tsx runs the TypeScript sources directly (the project has no separate build step).
USER node
EXPOSE 4000
CMD ["npx", "tsx", "cli/atlas.ts", "serve"]
