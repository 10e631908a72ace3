/** The vocabulary the importer enforces: the server's reading of seed/ontology.yaml (one loader). */
export { loadOntology, ontologyFile } from '../server/ontology.ts';
