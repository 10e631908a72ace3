/** The pending work of one editor in one document: accepted entities and marked claims, before they are committed. */
import type { ClaimDraft, EntityDraft } from '../../contract/authoring.ts';

export interface Known {
  key: string;
  name: string;
  labels: string[];
  /** Accepted in this session, not committed yet. */
  pending: boolean;
}

export class Drafts {
  entities: EntityDraft[] = [];
  claims: ClaimDraft[] = [];
  /** Suggested names accepted or rejected, in lower case. */
  decided = new Set<string>();
  known = new Map<string, Known>();

  reset(): void {
    this.entities = [];
    this.claims = [];
    this.decided.clear();
    this.known.clear();
  }

  labelsOf = (key: string): string[] | undefined => this.known.get(key)?.labels;

  get empty(): boolean {
    return this.entities.length + this.claims.length === 0;
  }
}

/** A key for a new entity: its label's prefix and its name in lower-case words ("Person", "Zorvan Telkaryan" → person-zorvan-telkaryan). */
export function entityKey(label: string, name: string): string {
  const prefix = label === 'Organization' ? 'org' : label.toLowerCase();
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${prefix}-${slug || 'entity'}`;
}
