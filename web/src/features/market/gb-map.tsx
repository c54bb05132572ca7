import map from './gb-districts.json';

// Great Britain drawn from the 2,864 postcode district centroids (OS Code-Point Open, OGL v3.0): no map tiles.
// The whole country is one path of dots; the area is highlighted; a close-up shows where the supply is based.
type District = [string, number, number, string];
const DISTRICTS = map.districts as District[];
/** Projected units to km: one unit is 1/60 of a degree of latitude. */
export const KM_PER_UNIT = 111.2 / 60;

const dots = (ds: District[]) => ds.map((d) => `M${d[1]} ${d[2]}h0`).join('');
const ALL_DOTS = dots(DISTRICTS);

export function areaDistricts(la: string): District[] {
  return DISTRICTS.filter((d) => d[3] === la);
}

/** The district nearest the area's middle, and how far (km) the area reaches from it. */
export function areaCentre(la: string): { outcode: string; radiusKm: number } | null {
  const ds = areaDistricts(la);
  if (!ds.length) return null;
  const cx = ds.reduce((s, d) => s + d[1], 0) / ds.length;
  const cy = ds.reduce((s, d) => s + d[2], 0) / ds.length;
  const centre = ds.reduce((best, d) => (Math.hypot(d[1] - cx, d[2] - cy) < Math.hypot(best[1] - cx, best[2] - cy) ? d : best));
  const radius = Math.max(...ds.map((d) => Math.hypot(d[1] - centre[1], d[2] - centre[2]))) * KM_PER_UNIT;
  return { outcode: centre[0], radiusKm: Math.min(60, Math.ceil(radius + 3)) };
}

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
          <desc id="gb-desc">{`${areaName} is highlighted and boxed. Each dot is a postcode district.`}</desc>
          <path d={ALL_DOTS} className="map__dots" />
          <path d={dots(area)} className="map__area" />
          <rect x={inset.x} y={inset.y} width={inset.s} height={inset.s} className="map__box" />
        </svg>
        <figcaption className="map__caption">Great Britain, with {areaName} boxed</figcaption>
      </figure>
      <figure className="map__figure map__figure--inset">
        <svg className="map__inset" viewBox={`${inset.x} ${inset.y} ${inset.s} ${inset.s}`} role="img" aria-labelledby="inset-title inset-desc">
          <title id="inset-title">{`${areaName} close up`}</title>
          <desc id="inset-desc">{`${area.length} postcode districts. Circles show how many in-person offers are based in each district, ${total} in all; the largest has ${maxSupply}. The table below has every number.`}</desc>
          <path d={dots(nearby)} className="map__dots" style={{ strokeWidth: unit * 1.4 }} />
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
          Demand across the area: <strong>{demand == null ? 'withheld' : `${demand.toLocaleString('en-GB')} people's plans`}</strong> need support; <strong>{freePlaces.toLocaleString('en-GB')}</strong> free places in the next 4 weeks. Demand is counted for the whole area, never by district, to protect privacy.
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
