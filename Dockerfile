# The explorer for docker-compose.yml: builds the page, then runs the API (tsx, no separate compile step).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npx", "tsx", "scripts/start.ts"]
# Ready when the database answers: /readyz, which asks it at most once every 1.5 s.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
