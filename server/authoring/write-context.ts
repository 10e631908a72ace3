/** What the authoring writes need: the driver and database, the ontology, and a test-only fault seam. */
import type { Ontology } from '../../contract/ontology.ts';
import type { Driver } from '../db/driver.ts';

export interface WriteContext {
  driver: Driver;
  database: string;
  ontology: Ontology;
  /**
   * Tests only: called at named points inside the commit's transaction ("claim:<n>" after the
   * n-th claim is written); throwing there proves the commit all or nothing.
   */
  fault?: ((point: string) => void) | undefined;
}
