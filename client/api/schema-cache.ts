/** The database schema (labels, types, properties), loaded once and shared by the panels that need it. */
import type { SchemaResponse } from '../../contract/api.ts';
import type { ExplorerApi } from './explorer-api.ts';

export class SchemaCache {
  private promise: Promise<SchemaResponse> | undefined;

  constructor(private readonly api: ExplorerApi) {}

  get(): Promise<SchemaResponse> {
    this.promise ??= this.api.schema().catch((e: unknown) => {
      this.promise = undefined;
      throw e;
    });
    return this.promise;
  }
}
