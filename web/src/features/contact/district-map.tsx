import map from '../market/gb-districts.json';

// A postcode district and its neighbours, drawn from the district centroids as the commissioner map is: no tiles,
// nothing fetched from elsewhere. A venue's district is all we show: never a street or a person's home.
type District = [string, number, number, string];
const DISTRICTS = map.districts as District[];
const KM_PER_UNIT = 111.2 / 60;

export function districtKnown(outcode: string): boolean {
  return DISTRICTS.some((d) => d[0] === outcode);
}

export function DistrictMap({ outcode }: { outcode: string }) {
  const here = DISTRICTS.find((d) => d[0] === outcode);
  if (!here) return <p>We have no map for {outcode}.</p>;
  const half = 12 / KM_PER_UNIT; // 12 km either side
  const box = { x: here[1] - half, y: here[2] - half, s: 2 * half };
  const near = DISTRICTS.filter((d) => d[0] !== outcode && Math.abs(d[1] - here[1]) <= half && Math.abs(d[2] - here[2]) <= half);
  const unit = box.s / 100;
  return (
    <figure className="map__figure map__figure--inset">
      <svg className="map__inset" viewBox={`${box.x} ${box.y} ${box.s} ${box.s}`} role="img" aria-labelledby="district-title district-desc">
        <title id="district-title">{`Where ${outcode} is`}</title>
        <desc id="district-desc">{`The middle of postcode district ${outcode} is the large dot; smaller dots are the ${near.length} districts within about 7 miles.`}</desc>
        <path d={near.map((d) => `M${d[1]} ${d[2]}h0`).join('')} className="map__dots" style={{ strokeWidth: unit * 1.6 }} />
        {near.map((d) => (
          <text key={d[0]} x={d[1]} y={d[2] - unit * 2} className="map__label" style={{ fontSize: unit * 3 }} textAnchor="middle">
            {d[0]}
          </text>
        ))}
        <circle cx={here[1]} cy={here[2]} r={unit * 3} className="map__supply" />
        <text x={here[1]} y={here[2] - unit * 4.5} className="map__label" style={{ fontSize: unit * 4.5, fontWeight: 700 }} textAnchor="middle">
          {outcode}
        </text>
      </svg>
      <figcaption className="map__caption">Postcode district {outcode} and its neighbours (about 15 miles across)</figcaption>
    </figure>
  );
}
