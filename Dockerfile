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
