/** CSV of a query's answer: element ids beside nodes and relationships, and each relationship's citations. */
import { describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../../../contract/api.ts';
import { resultCsv } from '../../../../client/cypher/result-csv.ts';

const armenia = { id: '4:db:1', labels: ['Entity', 'Country'], caption: 'Armenia', properties: {} };
const csto = { id: '4:db:2', labels: ['Organization'], caption: 'CSTO', properties: {} };
const member = { id: '5:db:9', type: 'MEMBER_OF', source: '4:db:1', target: '4:db:2', properties: {} };

describe('query results as CSV', () => {
  it('adds id columns and the citations of each relationship from the answer’s graph', () => {
    const res: Pick<CypherResponse, 'columns' | 'rows' | 'graph'> = {
      columns: ['c', 'r', 'o', 'n'],
      rows: [
        [armenia, member, csto, 3],
        [armenia, null, csto, '=1+1'],
      ],
      graph: {
        nodes: [armenia, csto],
        edges: [
          {
            ...member,
            provenance: [
              {
                documentKey: 'afp',
                documentId: '4:db:50',
                title: 'CSTO summit',
                publisher: 'AFP',
                date: '2022-11-23',
                quote: 'Armenia, a member of the CSTO, "asked" for help.',
              },
              {
                documentKey: 'kom',
                documentId: null,
                title: null,
                publisher: null,
                date: null,
                quote: 'It is a member.',
                attributed: true,
                attributedTo: 'experts',
              },
            ],
          },
        ],
      },
    };
    const lines = resultCsv(res).trimEnd().split('\r\n');
    expect(lines[0]).toBe('c,c id,r,r id,r citations,o,o id,n');
    expect(lines[1]).toBe(
      '(Armenia:Country),4:db:1,[:MEMBER_OF],5:db:9,"“Armenia, a member of the CSTO, ""asked"" for help.” — CSTO summit (AFP, 2022-11-23) | “It is a member.” [according to experts] — kom",(CSTO:Organization),4:db:2,3',
    );
    // A missing relationship leaves its cells empty; text that a spreadsheet would run is defused.
    expect(lines[2]).toBe("(Armenia:Country),4:db:1,,,,(CSTO:Organization),4:db:2,'=1+1");
  });
});
