import map from './gb-districts.json';
import commissioners from './gb-commissioners.json';

// Great Britain drawn from the 2,864 postcode district centroids (OS Code-Point Open, OGL v3.0): no map tiles.
// The whole country is one path of dots; the area is highlighted; a close-up shows where the supply is based.
type District = [string, number, number, string];
const DISTRICTS = map.districts as District[];
/** Projected units to km: one unit is 1/60 of a degree of latitude. */
export const KM_PER_UNIT = 111.2 / 60;

const dots = (ds: District[]) => ds.map((d) => `M${d[1]} ${d[2]}h0`).join('');

/**
 * Every district as a grey dot: the same for every area, so it is one cached image (/maps/gb-districts.svg, built
 * with the app) instead of 40 kB of path sent twice (HTML and React's payload) and hydrated on every map page.
 */
export const GB_DOTS_URL = '/maps/gb-districts.svg';
export function gbDotsSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}"><path d="${dots(DISTRICTS)}" fill="none" stroke="#9a9ea1" stroke-width="2.2" stroke-linecap="round"/></svg>`;
}

const UPPER_TIER = commissioners.upperTier as Record<string, string>;

/** The council that commissions care for a district's local authority (a shire district's county, else itself). */
export function commissionerOf(localAuthorityCode: string): string {
  return UPPER_TIER[localAuthorityCode] ?? localAuthorityCode;
}

/** Postcode districts in an authority of either tier: a county has all of its shire districts' postcode districts. */
export function areaDistricts(la: string): District[] {
  return DISTRICTS.filter((d) => d[3] === la || UPPER_TIER[d[3]] === la);
}

/** The convex hull of the area's districts (Andrew's monotone chain), drawn as the authority's outline. */
export function outline(points: [number, number][]): [number, number][] {
  const ps = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (ps.length < 3) return ps;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const h: [number, number][] = [];
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2], h[h.length - 1], p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(ps), ...half([...ps].reverse())];
}

const polygon = (ds: District[]) => outline(ds.map((d) => [d[1], d[2]])).map((p) => p.join(',')).join(' ');

/**
 * The district labels that fit: busiest districts first, each kept only if its box clears every label already
 * placed, so a dense city centre shows a few readable names instead of a pile. Every district is in the table.
 */
export function placeLabels(area: District[], supply: Map<string, number>, fontSize: number): District[] {
  const order = [...area].sort((a, b) => (supply.get(b[0]) ?? 0) - (supply.get(a[0]) ?? 0) || a[0].localeCompare(b[0]));
  const placed: { d: District; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const d of order) {
    const half = (d[0].length * 0.62 * fontSize) / 2 + fontSize * 0.15;
    const box = { d, x0: d[1] - half, x1: d[1] + half, y0: d[2] - fontSize * 0.4, y1: d[2] + fontSize * 0.5 };
    if (placed.every((p) => box.x1 < p.x0 || box.x0 > p.x1 || box.y1 < p.y0 || box.y0 > p.y1)) placed.push(box);
  }
  return placed.map((p) => p.d);
}

export function GbMap({ la, areaName, supply, demand, freePlaces }: { la: string; areaName: string; supply: Map<string, number>; demand: number | null; freePlaces: number }) {
  const area = areaDistricts(la);
  if (!area.length) return <p>We have no map for this area.</p>;
  const xs = area.map((d) => d[1]);
  const ys = area.map((d) => d[2]);
  const pad = 2;
  const box = { x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, w: Math.max(...xs) - Math.min(...xs) + 2 * pad, h: Math.max(...ys) - Math.min(...ys) + 2 * pad };
  const side = Math.max(box.w, box.h);
  const inset = { x: box.x - (side - box.w) / 2, y: box.y - (side - box.h) / 2, s: side };
  const unit = side / 100; // close-up drawing unit
  const maxSupply = Math.max(1, ...area.map((d) => supply.get(d[0]) ?? 0));
  const total = area.reduce((s, d) => s + (supply.get(d[0]) ?? 0), 0);
  const nearby = DISTRICTS.filter((d) => d[3] !== la && d[1] >= inset.x && d[1] <= inset.x + inset.s && d[2] >= inset.y && d[2] <= inset.y + inset.s);
  return (
    <div className="map">
      <figure className="map__figure">
        <svg className="map__gb" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby="gb-title gb-desc">
          <title id="gb-title">Map of Great Britain</title>
          <desc id="gb-desc">{`${areaName} is highlighted, outlined and boxed. Each dot is a postcode district.`}</desc>
          <image href={GB_DOTS_URL} x={0} y={0} width={map.width} height={map.height} />
          <path d={dots(area)} className="map__area" />
          <polygon points={polygon(area)} className="map__outline" />
          <rect x={inset.x} y={inset.y} width={inset.s} height={inset.s} className="map__box" />
        </svg>
        <figcaption className="map__caption">Great Britain, with {areaName} boxed</figcaption>
      </figure>
      <figure className="map__figure map__figure--inset">
        <svg className="map__inset" viewBox={`${inset.x} ${inset.y} ${inset.s} ${inset.s}`} role="img" aria-labelledby="inset-title inset-desc">
          <title id="inset-title">{`${areaName} close up`}</title>
          <desc id="inset-desc">{`${area.length} postcode districts, with the outline of ${areaName}. Circles show how many in-person offers are based in each district, ${total} in all; the largest has ${maxSupply}. The table below has every number.`}</desc>
          <path d={dots(nearby)} className="map__dots" style={{ strokeWidth: unit * 1.4 }} />
          <polygon points={polygon(area)} className="map__outline" style={{ strokeWidth: unit * 0.5 }} />
          <path d={dots(area)} className="map__area" style={{ strokeWidth: unit * 1.6 }} />
          {area.map((d) => {
            const n = supply.get(d[0]) ?? 0;
            return n > 0 ? (
              <circle key={d[0]} cx={d[1]} cy={d[2]} r={unit * (1.2 + 3.8 * Math.sqrt(n / maxSupply))} className="map__supply" style={{ strokeWidth: unit * 0.3 }}>
                <title>{`${d[0]}: ${n} ${n === 1 ? 'offer' : 'offers'} based here`}</title>
              </circle>
            ) : null;
          })}
          {placeLabels(area, supply, unit * 2.6).map((d) => (
            <text key={d[0]} x={d[1]} y={d[2] + unit * 1.1} className="map__label" style={{ fontSize: unit * 2.6 }} textAnchor="middle">
              {d[0]}
            </text>
          ))}
        </svg>
        <figcaption className="map__caption">
          {/* The keys are drawn as the map draws them (SVG, not CSS backgrounds, which forced colours and print drop). */}
          <svg className="map__key" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <circle cx="5" cy="5" r="4.2" className="map__supply" style={{ strokeWidth: 0.8 }} />
          </svg>{' '}
          In-person supply: offers based in each district (bigger circle, more offers).{' '}
          <svg className="map__key" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <circle cx="5" cy="5" r="3" className="map__key-district" />
          </svg>{' '}
          Districts in {areaName} (the busiest are named; the table has them all).
          <br />
          Demand across the area: <strong>{demand == null ? 'withheld' : `${demand.toLocaleString('en-GB')} people's plans`}</strong> need support; <strong>{freePlaces.toLocaleString('en-GB')}</strong> free places in the next 4 weeks. The table of districts below gives each district's own figures where they are large enough to publish.
        </figcaption>
      </figure>
    </div>
  );
}

export function SupplyTable({ la, areaName, supply }: { la: string; areaName: string; supply: Map<string, number> }) {
  const area = areaDistricts(la).sort((a, b) => (supply.get(b[0]) ?? 0) - (supply.get(a[0]) ?? 0) || a[0].localeCompare(b[0]));
  return (
    <details className="details">
      <summary className="details__summary">The map as a table</summary>
      <div className="table-scroll" role="region" aria-label="Supply by district" tabIndex={0}>
        <table className="table">
          <caption className="table__caption">In-person offers based in each district of {areaName}</caption>
          <thead>
            <tr>
              <th scope="col">District</th>
              <th scope="col" className="numeric">
                Offers based here
              </th>
            </tr>
          </thead>
          <tbody>
            {area.map((d) => (
              <tr key={d[0]}>
                <th scope="row">{d[0]}</th>
                <td className="numeric">{supply.get(d[0]) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
