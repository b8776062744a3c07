# One image for every Kepu process; the command picks the gateway or a subgraph.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm cache clean --force
COPY . .
ENV NODE_ENV=production
EXPOSE 4000 4001
CMD ["npx", "tsx", "gateway/main.ts"]
