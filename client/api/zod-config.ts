/**
 * Zod compiles its validators with `new Function` where it may, and probes for that once. The
 * page's Content-Security-Policy forbids eval, and Chromium reports even the caught probe as a
 * violation: `jitless` makes zod interpret its schemas and skip the probe.
 */
import { config } from 'zod';

config({ jitless: true });
