/** The layout worker: runs a layout job (layout-job.ts) on a headless Cytoscape and answers the positions. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runLayoutJob, type LayoutJob } from './layout-job.ts';

cytoscape.use(fcose);

self.onmessage = (e: MessageEvent<{ id: number; job: LayoutJob }>) => {
  const { id, job } = e.data;
  try {
    self.postMessage({ id, positions: runLayoutJob(cytoscape as unknown as (o: object) => cytoscape.Core, job) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
