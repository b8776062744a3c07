# One image for every Kepu process, compiled to JavaScript: the command picks the gateway
# (`node dist/gateway/main.js`) or a subgraph (`node dist/subgraphs/<name>/main.js`).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --ignore-scripts && npx patch-package
COPY . .
RUN npm run build

# At run time: production dependencies and the compiled build only, no TypeScript, run as `node`.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --ignore-scripts && npx patch-package && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000 4001
CMD ["node", "dist/gateway/main.js"]
