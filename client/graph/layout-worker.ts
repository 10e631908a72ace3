/** The layout worker: runs a layout job (layout-job.ts) on a headless Cytoscape and answers the positions. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runLayoutJob, type LayoutJob } from './layout-job.ts';

cytoscape.use(fcose);

self.onmessage = (e: MessageEvent<LayoutJob>) => {
  try {
    self.postMessage({ positions: runLayoutJob(cytoscape as unknown as (o: object) => cytoscape.Core, e.data) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
