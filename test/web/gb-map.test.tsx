import { renderToStaticMarkup } from 'react-dom/server';
import { areaDistricts, GbMap, placeLabels } from '@/features/market/gb-map';

// The commissioner's map: labels must not pile up in a dense city centre, and the legend shows both markers.
const MANCHESTER = 'E08000003';

describe('commissioner map', () => {
  it('names only districts whose labels do not overlap, busiest first', () => {
    const area = areaDistricts(MANCHESTER);
    expect(area.length).toBeGreaterThan(20);
    const busiest = area[area.length - 1][0];
    const supply = new Map([[busiest, 9]]);
    const font = 2.6 * 0.3;
    const placed = placeLabels(area, supply, font);
    expect(placed[0][0]).toBe(busiest);
    expect(placed.length).toBeLessThan(area.length);
    const boxes = placed.map((d) => ({ x0: d[1] - (d[0].length * 0.62 * font) / 2, x1: d[1] + (d[0].length * 0.62 * font) / 2, y0: d[2] - font * 0.4, y1: d[2] + font * 0.5 }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x1 < b.x0 || a.x0 > b.x1 || a.y1 < b.y0 || a.y0 > b.y1).toBe(true);
      }
  });

  it('draws the legend keys as SVG, the district key in the district colour', () => {
    const html = renderToStaticMarkup(<GbMap la={MANCHESTER} areaName="Manchester" supply={new Map()} demand={null} freePlaces={0} />);
    const caption = html.slice(html.lastIndexOf('<figcaption'));
    expect(caption).toMatch(/<svg class="map__key"[^>]*><circle[^>]*class="map__supply"/);
    expect(caption).toMatch(/<svg class="map__key"[^>]*><circle[^>]*class="map__key-district"/);
    const labels = html.match(/class="map__label"/g) ?? [];
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(areaDistricts(MANCHESTER).length);
  });
});
