import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { DiversityPanel, OutcomesPanel } from '@/features/market/diversity';
import { DistrictTable } from '@/features/market/district-table';
import { GapTable } from '@/features/market/gap-table';
import { AreaPicker } from '@/features/market/area-picker';
import { PricesTable } from '@/features/market/prices';
import { TrendsPanel } from '@/features/market/trends';
import { GbMap, SupplyTable } from '@/features/market/gb-map';
import { loadMarketView } from '@/features/market/market-view';
import { messageFor } from '@/lib/api-errors';
import { formatDateTime } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your market – Support Market' };

export default async function CommissionerPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/commissioner', ['COMMISSIONER', 'ADMIN']);
  const { isAdmin, la, data, failure, supply, areaName, gaps, demand, freePlaces } = await loadMarketView(viewer, (await searchParams).la);

  return (
    <>
      <span className="caption">Commissioning</span>
      <h1 className="heading-xl">Your market: {areaName}</h1>
      {isAdmin ? (
        <AreaPicker areas={data?.commissioningAuthorities ?? []} selected={la} />
      ) : (
        <p>
          You see the market for your own area, {areaName} ({la}).
        </p>
      )}
      {failure && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{messageFor(failure.code, failure.apiMessage)}</p>
        </div>
      )}
      {data && (
        <>
          <nav className="contents" aria-label="On this page">
            <ul>
              <li>
                <a href="#gaps">Gaps</a>
              </li>
              <li>
                <a href="#map">Map</a>
              </li>
              <li>
                <a href="#diversity">Diversity</a>
              </li>
              <li>
                <a href="#outcomes">Outcomes</a>
              </li>
              <li>
                <a href="#prices">Prices</a>
              </li>
              <li>
                <a href="#trends">Trends</a>
              </li>
              <li>
                <a href={`/commissioner/statement${isAdmin ? `?la=${la}` : ''}`}>Market position statement (printable)</a>
              </li>
              <li>
                <a href="#downloads">Downloads</a>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="gaps">
            <h2 className="heading-l" id="gaps">
              Gaps between need and supply
            </h2>
            {gaps[0] && <p className="hint">Figures as of {formatDateTime(gaps[0].asOf)}.</p>}
            <GapTable gaps={gaps} areaName={areaName} />
          </section>
          <section aria-labelledby="map">
            <h2 className="heading-l" id="map">
              Map of supply and demand
            </h2>
            <GbMap la={la} areaName={areaName} supply={supply} demand={demand} freePlaces={freePlaces} />
            <SupplyTable la={la} areaName={areaName} supply={supply} />
            <h3 className="heading-m" id="districts">
              District by district
            </h3>
            <DistrictTable districts={data.marketDistricts} areaName={areaName} />
          </section>
          <section aria-labelledby="diversity">
            <h2 className="heading-l" id="diversity">
              Diversity of providers
            </h2>
            <DiversityPanel d={data.marketDiversity} />
          </section>
          <section aria-labelledby="outcomes">
            <h2 className="heading-l" id="outcomes">
              Outcomes
            </h2>
            <OutcomesPanel outcomes={data.outcomesByCategory} />
          </section>
          <section aria-labelledby="prices">
            <h2 className="heading-l" id="prices">
              Prices
            </h2>
            <PricesTable prices={data.marketPrices} areaName={areaName} />
          </section>
          <section aria-labelledby="trends">
            <h2 className="heading-l" id="trends">
              Trends over the last 12 months
            </h2>
            <TrendsPanel months={data.marketTrends} areaName={areaName} />
          </section>
          <section aria-labelledby="downloads">
            <h2 className="heading-l" id="downloads">
              Downloads
            </h2>
            <ul className="list">
              <li>
                <a href={`/exports/market-gaps/${la}.csv`} download>
                  Gaps (CSV spreadsheet)
                </a>
              </li>
              <li>
                <a href={`/exports/market-diversity/${la}.csv`} download>
                  Diversity (CSV spreadsheet)
                </a>
              </li>
              <li>
                <a href={`/exports/market-districts/${la}.csv`} download>
                  Districts (CSV spreadsheet)
                </a>
              </li>
              <li>
                <a href={`/exports/market-prices/${la}.csv`} download>
                  Prices (CSV spreadsheet)
                </a>
              </li>
              <li>
                <a href={`/exports/market-trends/${la}.csv`} download>
                  Trends (CSV spreadsheet)
                </a>
              </li>
              <li>
                <a href={`/exports/outcomes/${la}.csv`} download>
                  Outcomes (CSV spreadsheet)
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
