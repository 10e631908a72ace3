/** The document list, fetched once: fills in titles and dates of citations that carry only a key. */
import type { Citation, DocumentSummary } from '../../contract/api.ts';
import type { ExplorerApi } from './explorer-api.ts';

export class DocumentIndex {
  private byKey: Promise<Map<string, DocumentSummary>> | undefined;

  constructor(private readonly api: ExplorerApi) {}

  private load(): Promise<Map<string, DocumentSummary>> {
    this.byKey ??= this.api.documents().then(
      (res) => new Map(res.documents.map((d) => [d.key, d])),
      (e: unknown) => {
        this.byKey = undefined;
        throw e;
      },
    );
    return this.byKey;
  }

  /** Citations with document id, title, publisher and date filled in where the index knows them. */
  async complete(citations: readonly Citation[]): Promise<Citation[]> {
    if (citations.every((c) => c.documentId && c.title)) return [...citations];
    const docs = await this.load().catch(() => new Map<string, DocumentSummary>());
    return citations.map((c) => {
      const d = docs.get(c.documentKey);
      if (!d) return c;
      return {
        ...c,
        documentId: c.documentId ?? d.id,
        title: c.title ?? d.title,
        publisher: c.publisher ?? d.publisher,
        date: c.date ?? d.date,
      };
    });
  }
}

/** "(AFP, 2022-11-23)": the short source of a citation. */
export function citeShort(c: Citation): string {
  const parts = [c.publisher ?? c.title ?? c.documentKey, c.date].filter(Boolean);
  return `(${parts.join(', ')})`;
}
