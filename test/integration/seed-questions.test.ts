/**
 * Who / what / when / where: every kind of fact the two CSTO articles state, asked through the
 * API the page uses (one-hop expansion with its citations, `asOf`). The questions ask about
 * meaning; only the small vocabulary below names relationship types, so a re-model of the
 * graph changes that table, never the questions or their answers.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse } from '../../contract/api.ts';
import { idOfKey, readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp();
const ids = new Map<string, string>();

/** What each kind of fact is called in the graph. */
const vocabulary = {
  membership: ['MEMBER_OF'],
  leadership: ['LEADS'],
  employment: ['WORKS_FOR', 'SPEAKS_FOR'],
  conflict: ['IN_CONFLICT_WITH', 'INVADED', 'PARTY_TO', 'RIVAL_OF', 'ACCUSED'],
  invasion: ['INVADED'],
  rivalry: ['RIVAL_OF'],
  accusation: ['ACCUSED'],
  deployment: ['DEPLOYED_TO'],
  aidRequest: ['REQUESTED_AID_FROM'],
  support: ['SUPPORTS'],
  withheldSupport: ['DID_NOT_SUPPORT'],
  statement: ['STATED', 'CRITICIZED', 'ACCUSED', 'DEMANDED'],
  refusal: ['REFUSED'],
  signing: ['SIGNED'],
  participation: ['PARTICIPATED_IN'],
  place: ['TOOK_PLACE_IN'],
  location: ['LOCATED_IN'],
  protest: ['OPPOSES'],
  demand: ['DEMANDED'],
  withdrawal: ['INFLUENCES'],
};
type Meaning = keyof typeof vocabulary;

interface Hop {
  type: string;
  /** 'out' when the asked node is the relationship's start. */
  direction: 'out' | 'in';
  other: string;
  otherKey: string;
  properties: Record<string, unknown>;
  quotes: string[];
}

async function id(key: string): Promise<string> {
  if (!ids.has(key)) ids.set(key, await idOfKey(t.driver, t.database, key));
  return ids.get(key)!;
}

/** Every relationship of a node (optionally valid on a day), with the other end and the quotes. */
async function hops(key: string, asOf?: string): Promise<Hop[]> {
  const me = await id(key);
  const res = await request(t.app)
    .get(`/api/nodes/${encodeURIComponent(me)}/neighbors?limit=500${asOf ? `&asOf=${asOf}` : ''}`)
    .expect(200);
  const { graph } = NeighborsResponse.parse(res.body);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges.map((e) => {
    const otherId = e.source === me ? e.target : e.source;
    const other = byId.get(otherId);
    return {
      type: e.type,
      direction: e.source === me ? 'out' : 'in',
      other: other?.caption ?? '',
      otherKey: String(other?.properties.key ?? ''),
      properties: e.properties,
      quotes: (e.provenance ?? []).map((c) => c.quote),
    };
  });
}

/** The relationships of one meaning between a node and others, optionally in one direction. */
async function facts(key: string, meaning: Meaning, options: { direction?: 'out' | 'in'; asOf?: string } = {}): Promise<Hop[]> {
  return (await hops(key, options.asOf)).filter(
    (h) => vocabulary[meaning].includes(h.type) && (!options.direction || h.direction === options.direction),
  );
}

const others = (list: Hop[]) => [...new Set(list.map((h) => h.other))].sort();
/** A temporal property as text, as precise as the text gave it (a DATE with its precision, or a string date). */
function when(h: Hop, name = 'date'): string {
  const value = String(h.properties[name] ?? '');
  const precision = h.properties[`${name}Precision`];
  return precision === 'year' ? value.slice(0, 4) : precision === 'month' ? value.slice(0, 7) : value;
}
/** The quotes, with the texts' non-breaking spaces as plain spaces. */
const said = (list: Hop[]) =>
  list
    .flatMap((h) => h.quotes)
    .join('\n')
    .replace(/\u00a0/g, ' ');

const CSTO = 'org-csto';
const membersOn = async (day: string) => others(await facts(CSTO, 'membership', { direction: 'in', asOf: day }));

beforeAll(async () => {
  await id(CSTO);
});

describe('membership, and when it held', () => {
  it('the CSTO’s members in October 2022 are the six both articles list', async () => {
    expect(await membersOn('2022-10-13')).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
  });

  it('Armenia is a member as of 2010, and has been since the treaty was signed in 1992', async () => {
    expect(await membersOn('2010-06-01')).toContain('Armenia');
    const [armenia] = await facts('country-armenia', 'membership', { direction: 'out' });
    expect(armenia?.other).toBe('Collective Security Treaty Organization');
    expect(when(armenia!, 'validFrom')).toMatch(/^1992/);
  });

  it('Azerbaijan, Georgia and Belarus joined in 1993; the first two had left by 2000, Belarus stays', async () => {
    expect(await membersOn('1994-06-01')).toEqual(expect.arrayContaining(['Azerbaijan', 'Belarus', 'Georgia']));
    const in2000 = await membersOn('2000-06-01');
    expect(in2000).toContain('Belarus');
    expect(in2000).not.toContain('Azerbaijan');
    expect(in2000).not.toContain('Georgia');
    for (const key of ['country-azerbaijan', 'country-georgia', 'country-belarus']) {
      const joined = (await facts(key, 'membership', { direction: 'out' })).filter((h) => h.otherKey === CSTO);
      expect(
        joined.map((h) => when(h, 'validFrom').slice(0, 4)),
        key,
      ).toEqual(['1993']);
    }
  });

  it('Uzbekistan left within five years, returned in 2006 and left again in 2012', async () => {
    expect(await membersOn('1993-01-01')).toContain('Uzbekistan');
    expect(await membersOn('2003-01-01')).not.toContain('Uzbekistan');
    expect(await membersOn('2008-06-01')).toContain('Uzbekistan');
    expect(await membersOn('2015-01-01')).not.toContain('Uzbekistan');
    const spells = (await facts('country-uzbekistan', 'membership', { direction: 'out' }))
      .map((h) => `${when(h, 'validFrom').slice(0, 4)}–${when(h, 'validTo').slice(0, 4)}`)
      .sort();
    expect(spells).toEqual(['1992–1997', '2006–2012']);
  });

  it('Turkey is a member of NATO', async () => {
    expect(others(await facts('country-turkey', 'membership', { direction: 'out' }))).toContain('North Atlantic Treaty Organization');
  });
});

describe('who leads or works for what', () => {
  it.each([
    ['person-nikol-pashinyan', 'Armenia'],
    ['person-kassym-jomart-tokayev', 'Kazakhstan'],
    ['person-alexander-lukashenko', 'Belarus'],
    ['person-alen-simonyan', 'Parliament of Armenia'],
    ['person-armen-grigoryan', 'Security Council of Armenia'],
    ['person-nancy-pelosi', 'United States House of Representatives'],
    ['person-richard-giragosian', 'Regional Studies Center'],
    ['country-china', 'Shanghai Cooperation Organization'],
  ])('%s leads %s', async (key, led) => {
    expect(others(await facts(key, 'leadership', { direction: 'out' }))).toContain(led);
  });

  it.each([
    ['person-dmitry-peskov', 'Kremlin'],
    ['person-antony-blinken', 'United States'],
    ['person-murat-aslan', 'Seta Center for Turkish Studies'],
    ['person-erika-marat', 'University of National Defense'],
  ])('%s works for %s', async (key, employer) => {
    expect(others(await facts(key, 'employment', { direction: 'out' }))).toContain(employer);
  });

  it('where the think tanks and the university are', async () => {
    expect(others(await facts('org-rsc', 'location', { direction: 'out' }))).toContain('Yerevan');
    expect(others(await facts('org-seta', 'location', { direction: 'out' }))).toContain('Ankara');
    expect(others(await facts('org-university-of-national-defense', 'location', { direction: 'out' }))).toContain('Washington');
  });
});

describe('who fought whom', () => {
  it('Armenia and Azerbaijan fight over Nagorno-Karabakh; Kyrgyzstan and Tajikistan over their border', async () => {
    expect(others(await facts('country-armenia', 'conflict'))).toEqual(expect.arrayContaining(['Azerbaijan']));
    expect(others(await facts('country-azerbaijan', 'conflict'))).toEqual(expect.arrayContaining(['Armenia']));
    expect(others(await facts('country-kyrgyzstan', 'conflict'))).toContain('Tajikistan');
    expect(others(await facts('country-tajikistan', 'conflict'))).toContain('Kyrgyzstan');
  });

  it('Russia invaded Ukraine; armed Islamists invaded Kyrgyzstan in 1999', async () => {
    expect(others(await facts('country-russia', 'invasion', { direction: 'out' }))).toContain('Ukraine');
    const batken = await facts('country-kyrgyzstan', 'invasion', { direction: 'in' });
    expect(batken).toHaveLength(1);
    expect(when(batken[0]!)).toMatch(/^1999/);
  });

  it('Turkey is Russia’s historic rival', async () => {
    expect(others(await facts('country-russia', 'rivalry'))).toContain('Turkey');
  });

  it('Kyrgyzstan and Tajikistan accused each other in October 2022 of destabilizing their border', async () => {
    for (const [key, other] of [
      ['country-kyrgyzstan', 'Tajikistan'],
      ['country-tajikistan', 'Kyrgyzstan'],
    ] as const) {
      const accused = (await facts(key, 'accusation', { direction: 'out' })).filter((h) => h.other === other);
      expect(accused, key).toHaveLength(1);
      expect(when(accused[0]!)).toMatch(/^2022-10/);
      expect(said(accused)).toContain('destabilizing their shared border');
    }
  });
});

describe('help asked, given, refused', () => {
  it('who the CSTO sent to Kazakhstan in January 2022: its peacekeeping forces, the only use of a contingent', async () => {
    const sent = await facts('country-kazakhstan', 'deployment', { direction: 'in' });
    expect(others(sent)).toEqual(expect.arrayContaining(['CSTO peacekeeping forces']));
    for (const h of sent) expect(when(h)).toMatch(/^2022-01/);
    expect(said(sent)).toContain('it sent peacekeeping forces to Kazakhstan');
  });

  it('who asked the CSTO for help, when, and what came of it', async () => {
    const asked = (await facts(CSTO, 'aidRequest', { direction: 'in' })).map(
      (h) => `${h.other} ${when(h).slice(0, 7)} ${String(h.properties.outcome)}`,
    );
    expect(asked).toEqual(
      expect.arrayContaining([
        'Kyrgyzstan 1999 rejected',
        'Kyrgyzstan 2010 rejected',
        'Kyrgyzstan 2021 rejected',
        'Kazakhstan 2022-01 granted',
      ]),
    );
    expect(asked.some((a) => a.startsWith('Armenia 2022-09'))).toBe(true);
  });

  it('who backed whom: Turkey Azerbaijan, Putin Tokayev, the Kremlin Lukashenko (2020), Armenian officials the demonstrators', async () => {
    expect(others(await facts('country-turkey', 'support', { direction: 'out' }))).toContain('Azerbaijan');
    expect(others(await facts('person-vladimir-putin', 'support', { direction: 'out' }))).toContain('Kassym-Jomart Tokayev');
    const kremlin = await facts('person-alexander-lukashenko', 'support', { direction: 'in' });
    expect(others(kremlin)).toContain('Kremlin');
    expect(said(kremlin)).toContain('helped by the Kremlin to retain power in 2020');
    for (const key of ['person-alen-simonyan', 'person-armen-grigoryan']) {
      expect(said(await facts(key, 'support', { direction: 'out' })), key).toContain('The demonstrators were supported by');
    }
  });

  it('only Lukashenko among the members’ leaders supported the invasion of Ukraine', async () => {
    expect(others(await facts('conflict-russian-invasion-of-ukraine', 'support', { direction: 'in' }))).toContain('Alexander Lukashenko');
    expect(others(await facts('conflict-russian-invasion-of-ukraine', 'withheldSupport', { direction: 'in' }))).toEqual(
      expect.arrayContaining(['Armenia', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan']),
    );
  });

  it('refusals: Kyrgyzstan would not host the October 2022 exercises, Armenia would not join those in Kazakhstan', async () => {
    const kyrgyz = await facts('country-kyrgyzstan', 'refusal', { direction: 'out' });
    expect(others(kyrgyz)).toContain('Indestructible Brotherhood - 2022');
    expect(when(kyrgyz[0]!)).toMatch(/^2022-10-09/);
    const armenia = await facts('country-armenia', 'refusal', { direction: 'out' });
    expect(said(armenia)).toContain('Armenia refused to participate in CSTO exercises in Kazakhstan');
  });
});

describe('events: where and when', () => {
  it('the CSTO summit was held in Yerevan on 23 November 2022, Pashinyan there', async () => {
    const held = await facts('event-csto-summit-yerevan-2022', 'place', { direction: 'out' });
    expect(others(held)).toEqual(['Yerevan']);
    expect(when(held[0]!)).toMatch(/^2022-11-23/);
    expect(others(await facts('event-csto-summit-yerevan-2022', 'participation', { direction: 'in' }))).toContain('Nikol Pashinyan');
  });

  it('six republics signed the Collective Security Treaty on 15 May 1992 in Tashkent', async () => {
    const signed = await facts('treaty-collective-security-treaty', 'signing', { direction: 'in' });
    expect(others(signed)).toEqual(['Armenia', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']);
    for (const h of signed) expect(when(h)).toMatch(/^1992-05-15/);
    expect(said(signed)).toContain('signed the Collective Security Treaty in Tashkent');
  });

  it('the cancelled exercises were planned in Balykchy, Issyk-Kul Region, 10–14 October 2022', async () => {
    const planned = await facts('event-indestructible-brotherhood-2022', 'place', { direction: 'out' });
    expect(others(planned)).toEqual(expect.arrayContaining(['Balykchy', 'Issyk-Kul Region']));
    expect(said(planned)).toContain('from October 10 to 14');
  });

  it('the mid-September protest in Yerevan, against the CSTO, as Pelosi visited; Blinken met both sides in New York', async () => {
    expect(others(await facts('event-yerevan-protest-2022-09', 'place', { direction: 'out' }))).toContain('Yerevan');
    expect(said(await facts(CSTO, 'protest', { direction: 'in' }))).toContain('The reason was the passive reaction of the CSTO');
    expect(said(await facts('event-yerevan-protest-2022-09', 'demand', { direction: 'out' }))).toContain(
      "Armenia's withdrawal from the Collective Security Treaty",
    );
    const visits = await facts('person-nancy-pelosi', 'participation', { direction: 'out' });
    const visited = await Promise.all(visits.map((v) => facts(v.otherKey, 'place', { direction: 'out' })));
    expect(others(visited.flat())).toContain('Yerevan');
    const blinken = await hops('person-antony-blinken');
    const metIn = blinken.filter((h) => vocabulary.participation.includes(h.type));
    expect(said(metIn)).toContain('tripartite meeting of US Secretary of State Anthony Blinken');
  });
});

describe('statements and who made them', () => {
  it.each([
    ['person-nikol-pashinyan', 'huge damage to the image of the CSTO'],
    ['person-alexander-lukashenko', 'if Russia collapses'],
    ['person-vladimir-putin', 'ensuring the protection of our national interests'],
    ['person-dmitry-peskov', 'very necessary'],
    ['person-murat-aslan', 'Russia is constantly losing ground'],
    ['person-richard-giragosian', 'severely undermined'],
    ['person-alen-simonyan', 'why the ODKB is not doing what was planned'],
    ['person-anatolij-nesmijan', 'hand over'],
    ['person-erika-marat', 'symbolic indicator of Russia'],
    ['org-kommersant', 'very different visions of the organization'],
    ['org-nezavisimaya-gazeta', 'an attempt was made in Yerevan to save the military alliance from collapse'],
    ['org-topwar', 'bust this comedy called ODKB'],
  ])('%s said “%s”', async (key, words) => {
    expect(said(await facts(key, 'statement', { direction: 'out' }))).toContain(words);
  });

  it('Peskov answered “No.” the day after Kyrgyzstan cancelled the exercises (10 October 2022)', async () => {
    const no = (await facts('person-dmitry-peskov', 'statement', { direction: 'out' })).filter((h) =>
      h.quotes.some((q) => q.includes('replied: "No."')),
    );
    expect(no).toHaveLength(1);
    expect(when(no[0]!)).toMatch(/^2022-10-10/);
  });

  it('what Nesmijan expects is his, not the narrator’s: Russia withdrawing from Transcaucasia and Central Asia', async () => {
    const withdrawing = await facts('country-russia', 'withdrawal', { direction: 'out' });
    expect(others(withdrawing)).toEqual(expect.arrayContaining(['Caucasus', 'Central Asia']));
    expect(said(withdrawing)).toContain('Political scientist Anatolij Nesmijan believes');
  });
});
