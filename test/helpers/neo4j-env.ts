/** The environment variables that point the app (or a child process running it) at a database. */
export function neo4jEnv(db: { uri: string; user: string; password: string; database: string }): Record<string, string> {
  return { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
}
