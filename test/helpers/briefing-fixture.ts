/**
 * A small case for briefing tests, with hostile text where the data can carry it: a note, an
 * annotation, a caption, a quote and a document title each hold a `<script>` or an `onerror`
 * payload that would set `window.__pwned` if it ever ran.
 */
import type { BriefingInput } from '../../client/briefing/model.ts';

export const PAYLOAD_SCRIPT = '<script>window.__pwned = "script"</script>';
export const PAYLOAD_IMG = '<img src=x onerror="window.__pwned = \'onerror\'">';
/** A 2×2 red PNG. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAwMDAwMDAAAsAAf+1uHQAAAAASUVORK5CYII=';

const cite = (documentKey: string, title: string, date: string, quote: string, credibility = 2) => ({
  documentKey,
  documentId: `4:doc:${documentKey}`,
  title,
  publisher: 'AFP',
  date,
  quote,
  credibility,
});

export function briefingFixture(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return {
    title: `Armenia and the CSTO ${PAYLOAD_SCRIPT}`,
    generatedAt: '2026-12-01T12:00:00Z',
    nodes: [
      { id: 'n:am', labels: ['Country'], caption: 'Armenia', properties: {} },
      { id: 'n:csto', labels: ['Organization'], caption: `CSTO ${PAYLOAD_IMG}`, properties: {} },
      { id: 'n:ru', labels: ['Country'], caption: 'Russia', properties: {} },
      { id: 'n:summit', labels: ['Event'], caption: 'Yerevan summit', properties: { date: '2022-11-23' } },
    ],
    edges: [
      {
        id: 'e:am-csto',
        type: 'MEMBER_OF',
        source: 'n:am',
        target: 'n:csto',
        properties: { validFrom: '1992-05-15' },
        provenance: [cite('afp-1', `Summit report ${PAYLOAD_SCRIPT}`, '2022-11-23', `Armenia is a member ${PAYLOAD_IMG}`)],
      },
      {
        id: 'e:ru-csto',
        type: 'MEMBER_OF',
        source: 'n:ru',
        target: 'n:csto',
        properties: {},
        provenance: [
          cite('afp-1', `Summit report ${PAYLOAD_SCRIPT}`, '2022-11-23', 'Russia leads the alliance'),
          { ...cite('tass-2', 'Interview', '2023-01-10', 'Moscow remains the core', 4), attributed: true, attributedTo: 'many experts' },
        ],
      },
      { id: 'e:ru-am', type: 'SUPPORTS', source: 'n:ru', target: 'n:am', properties: { date: '2021-03-01' } },
    ],
    paths: [{ nodes: ['n:am', 'n:csto', 'n:ru'], edges: ['e:am-csto', 'e:ru-csto'] }],
    notes: [{ kind: 'node', target: 'n:am', text: `Check this ${PAYLOAD_SCRIPT} ${PAYLOAD_IMG}` }],
    annotations: [{ x: 1, y: 2, text: `Annotation ${PAYLOAD_IMG}` }],
    missing: [{ kind: 'node', id: 'n:gone', caption: 'Gone Ltd' }],
    image: TINY_PNG,
    phrases: (type) =>
      type === 'MEMBER_OF'
        ? { phrase: '{from} is a member of {to}', inverse: '{to} has {from} as a member' }
        : type === 'SUPPORTS'
          ? { phrase: '{from} supports {to}', inverse: '{to} is supported by {from}' }
          : undefined,
    reliability: (key) => (key === 'afp-1' ? 'B' : undefined),
    ...overrides,
  };
}
