/**
 * The scene's evidence state: which confidence the analyst asks to see at least (the legend's
 * control hides what falls below it), and the contradictions of the graph, marked on the edges
 * they involve. Both are applied after every scene change, beside the other filters.
 */
import type { Core } from 'cytoscape';
import type { Contradiction } from '../../contract/contradictions.ts';
import { meetsLevel, type ConfidenceLevel } from '../../contract/evidence.ts';
import type { Reliability } from '../../contract/claims.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { edgeOf, setState } from './element-state.ts';
import { edgeDefinition } from './elements.ts';

type Listener = () => void;

export class EvidenceScene {
  #atLeast: ConfidenceLevel = 'unconfirmed';
  #byEdge = new Map<string, Contradiction[]>();
  #loading: Promise<void> | undefined;
  readonly #listeners = new Set<Listener>();

  constructor(
    private readonly api: Pick<ExplorerApi, 'contradictions' | 'gradeDocument' | 'elements'>,
    private readonly cy: () => Core,
  ) {}

  get atLeast(): ConfidenceLevel {
    return this.#atLeast;
  }

  setAtLeast(level: ConfidenceLevel): void {
    this.#atLeast = level;
    this.apply();
    this.#tell();
  }

  onChange(fn: Listener): void {
    this.#listeners.add(fn);
  }

  /** The contradictions an edge (by element id) takes part in. */
  contradictionsOf(edgeId: string): Contradiction[] {
    return this.#byEdge.get(edgeId) ?? [];
  }

  /** Loads the contradictions (once; `reload` after a verdict). A failure leaves the marks off. */
  load(reload = false): Promise<void> {
    if (this.#loading && !reload) return this.#loading;
    this.#loading = this.api
      .contradictions()
      .then(({ contradictions }) => {
        const byEdge = new Map<string, Contradiction[]>();
        for (const c of contradictions) {
          for (const id of new Set(c.sides.map((s) => s.edge.id))) byEdge.set(id, [...(byEdge.get(id) ?? []), c]);
        }
        this.#byEdge = byEdge;
        this.apply();
        this.#tell();
      })
      .catch(() => undefined);
    return this.#loading;
  }

  /**
   * An editor regrades a document: the server stores it, then every relationship on the canvas
   * that cites it is fetched again, so its confidence, width and line style follow the new grade.
   */
  async grade(documentKey: string, reliability: Reliability): Promise<void> {
    await this.api.gradeDocument({ id: documentKey, reliability });
    const cy = this.cy();
    const citing = cy.edges().filter((e) => (edgeOf(e).provenance ?? []).some((c) => c.documentKey === documentKey));
    if (citing.nonempty()) {
      const { graph } = await this.api.elements({ nodes: [], edges: citing.map((e) => e.id()) });
      cy.batch(() => {
        for (const edge of graph.edges) {
          const { edge: fresh, sources, level } = edgeDefinition(edge).data as { edge: unknown; sources: number; level?: string };
          const ele = cy.getElementById(edge.id);
          ele.data({ edge: fresh, sources });
          if (level === undefined) ele.removeData('level');
          else ele.data('level', level);
        }
      });
    }
    await this.load(true);
  }

  /** Marks and hides: an edge below the chosen confidence is hidden; one in an open contradiction is marked. */
  apply(): void {
    const cy = this.cy();
    cy.batch(() => {
      cy.edges().forEach((e) => {
        setState(e, 'lowConfidence', !meetsLevel(edgeOf(e), this.#atLeast));
        setState(
          e,
          'contradicted',
          this.contradictionsOf(e.id()).some((c) => c.verdict === null),
        );
      });
    });
  }

  #tell(): void {
    for (const fn of this.#listeners) fn();
  }
}
