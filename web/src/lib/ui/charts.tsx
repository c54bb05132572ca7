// Small server-rendered SVG charts: no chart library and no script. Each has a title and a description for screen
// readers, and callers always give the same numbers as a table too. A series' points are dots drawn by one path
// (a zero-length segment per point with round caps), not a <circle> and <title> each: the commissioner pages draw
// six charts of twelve months, and 144 elements that only a mouse could reach (the chart is one image to a screen
// reader) were laid out and hydrated on every visit. The table under each chart has every value.

export interface ChartPoint {
  x: number; // epoch ms
  y: number;
}
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
  dashed?: boolean;
  className?: string;
  /** Draw as steps (a balance that changes at moments) rather than straight lines; other series stay straight. */
  step?: boolean;
}

const W = 560;
const H = 220;
const PAD = { top: 12, right: 16, bottom: 34, left: 64 };

export function LineChart({ id, title, description, series, yMin = 0, yMax, yTicks, yFormat, xFormat, xMin, xMax }: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  yMin?: number;
  yMax: number;
  yTicks: number[];
  yFormat: (v: number) => string;
  xFormat: (v: number) => string;
  xMin: number;
  xMax: number;
}) {
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + (xMax === xMin ? 0 : ((x - xMin) / (xMax - xMin)) * iw);
  const sy = (y: number) => PAD.top + ih - (yMax === yMin ? 0 : ((y - yMin) / (yMax - yMin)) * ih);
  const path = (pts: ChartPoint[], step?: boolean) => {
    if (!pts.length) return '';
    let d = `M${sx(pts[0].x).toFixed(1)},${sy(pts[0].y).toFixed(1)}`;
    for (let i = 1; i < pts.length; i++) {
      if (step) d += `H${sx(pts[i].x).toFixed(1)}`;
      d += `${step ? 'V' : `L${sx(pts[i].x).toFixed(1)},`}${sy(pts[i].y).toFixed(1)}`;
    }
    return d;
  };
  const xTicks = [xMin, xMin + (xMax - xMin) / 2, xMax];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {yTicks.map((t) => (
          <g key={t} className="chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(t)} y2={sy(t)} />
            <text x={PAD.left - 6} y={sy(t)} dy="0.32em" textAnchor="end" className="chart__label">
              {yFormat(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t, i) => (
          <text key={i} x={sx(t)} y={H - 10} textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'} className="chart__label">
            {xFormat(t)}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name} className={s.className ?? 'chart__series'}>
            <path d={path(s.points, s.step)} fill="none" strokeDasharray={s.dashed ? '6 5' : undefined} />
            {!s.dashed && s.points.length > 0 && <path className="chart__points" d={s.points.map((p) => `M${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}h0`).join('')} />}
          </g>
        ))}
      </svg>
      <figcaption className="chart__legend">
        {series.map((s) => (
          <span key={s.name} className={`chart__key ${s.className ?? 'chart__series'}`}>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="0" x2="28" y1="5" y2="5" strokeDasharray={s.dashed ? '6 5' : undefined} />
            </svg>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars as a table: the number is always written beside the bar, so colour and length are extras. */
export function BarTable({ caption, columnLabel, valueLabel, rows, max }: { caption: string; columnLabel: string; valueLabel: string; rows: { label: React.ReactNode; value: number | null; display: string }[]; max: number }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table bar-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columnLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.label}</th>
              <td>
                <span className="bar-table__cell">
                  <span className="bar-table__bar" style={{ width: `${max > 0 && r.value != null ? Math.max(0, Math.min(100, (Math.abs(r.value) / max) * 100)) : 0}%` }} aria-hidden="true" />
                  <span className="bar-table__value">{r.display}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
