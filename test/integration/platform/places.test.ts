import { startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const Q = `query($o: String!) { postcodeDistrict(outcode: $o) { outcode latitude longitude localAuthority { code name } } }`;

describe('places', () => {
  it('loads all 2,864 GB postcode districts and their local authorities with the migrations', async () => {
    const [{ n }] = await server.ds.query(`SELECT count(*)::int AS n FROM postcode_district`);
    expect(n).toBe(2864);
    const las = await server.gql(`{ localAuthorities { code } }`);
    expect(las.data!.localAuthorities.length).toBeGreaterThanOrEqual(350);
  });

  it.each(['m14', 'M14', 'M14 5TQ', ' m145tq '])('reads %j as M14 in Manchester', async (input) => {
    const r = await server.gql(Q, { o: input });
    expect(r.data!.postcodeDistrict).toMatchObject({ outcode: 'M14', localAuthority: { code: 'E08000003', name: 'Manchester' } });
  });

  it.each(['ZZ99', 'BT1', '12345', 'M14 5TQ EXTRA', ''])('refuses the unknown district %j with BAD_USER_INPUT', async (input) => {
    const r = await server.gql(Q, { o: input });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcode' });
  });

  it('offers the taxonomy with life areas', async () => {
    const r = await server.gql(`{ categories { slug name description lifeAreas } }`);
    expect(r.data!.categories.length).toBeGreaterThanOrEqual(15);
    expect(r.data!.categories.every((c: { lifeAreas: string[] }) => c.lifeAreas.length > 0)).toBe(true);
  });
});
