/** GET /api/ontology: the vocabulary (seed/ontology.yaml), and whether this database speaks it. */
import { z } from 'zod';
import type { OntologyResponse } from '../../contract/ontology.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { loadOntology } from '../ontology.ts';

const Row = z.object({ applies: z.boolean() });

export async function getOntology(ctx: ReadContext): Promise<OntologyResponse> {
  const [row] = await queryJson(ctx, 'ontology-applies', {}, Row);
  return { ontology: loadOntology(), applies: row?.applies ?? false };
}
