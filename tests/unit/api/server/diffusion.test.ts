/** diffusion and diffusionTable over HTTP: enum values translated, the first report read through the item loader. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createServer } from '../../../../api/server.ts';
import { callsOf, createFakeServices } from './fake-services.ts';
import type { FakeServices } from './fake-services.ts';
import { errorCodes, startServer } from './http.ts';
import type { RunningServer } from './http.ts';

let fake: FakeServices;
let server: RunningServer;

beforeAll(async () => {
  fake = createFakeServices();
  server = await startServer(createServer({ services: fake, adminToken: 'admin-secret', logger: pino({ level: 'silent' }), production: true }));
});
afterAll(() => server.close());
beforeEach(() => {
  fake.calls.length = 0;
});

describe('diffusion over HTTP', () => {
  it('asks counties by default and gives each event its first report and bulletin', async () => {
    const response = await server.graphql(`{ diffusion(practice: " 楼栋长制 ") {
      level reports undatedReports byYear { period newAdopters cumulative }
      events { region { name level } firstDate neighbours { scope share } firstReport { id document { title issue } } }
      byProvince { province { name } adopters } } }`);
    expect(response.errors).toBeUndefined();
    expect(callsOf(fake, 'diffusion')).toEqual([['楼栋长制', 'county', {}]]);
    expect(response.data).toEqual({ diffusion: {
      level: 'COUNTY', reports: 1, undatedReports: 0, byYear: [{ period: '2023', newAdopters: 1, cumulative: 1 }],
      events: [{ region: { name: '青禾县', level: 'COUNTY' }, firstDate: '2023-05-10', neighbours: { scope: 'CITY', share: 0 }, firstReport: { id: 'doc-a:1', document: { title: '云岭组工信息', issue: '第7期' } } }],
      byProvince: [{ province: { name: '安徽省' }, adopters: 1 }],
    } });
  });

  it('answers the first report\'s title and bulletin from what the service read, without loading the item', async () => {
    const plain = fake.diffusion.bind(fake);
    fake.diffusion = async (...args) => {
      const result = await plain(...args);
      const events = result.events.map((event) => ({ ...event, firstReportSummary: { title: '青禾县推行楼栋长制', documentId: 'doc-a' } }));
      return { ...result, events, firstAdopters: events };
    };
    try {
      const response = await server.graphql('{ diffusion(practice: "楼栋长制", level: CITY) { events { firstReportId firstReportTitle firstBulletin { title issue } } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ diffusion: { events: [{ firstReportId: 'doc-a:1', firstReportTitle: '青禾县推行楼栋长制', firstBulletin: { title: '云岭组工信息', issue: '第7期' } }] } });
      expect(callsOf(fake, 'items')).toEqual([]);
      expect(callsOf(fake, 'diffusion')).toEqual([['楼栋长制', 'city', {}]]);
    } finally {
      fake.diffusion = plain;
    }
  });

  it('passes the level and the table to the export, and refuses an empty practice', async () => {
    const response = await server.graphql('{ diffusionTable(practice: "楼栋长制", level: CITY, table: PANEL) { filename rows csv } }');
    expect(response.errors).toBeUndefined();
    expect(callsOf(fake, 'diffusionTable')).toEqual([[{ practice: '楼栋长制', category: undefined, level: 'city', table: 'panel', filter: {} }]]);
    expect(errorCodes(await server.graphql('{ diffusion(practice: "  ") { reports } }'))).toEqual(['BAD_REQUEST']);
  });
});
