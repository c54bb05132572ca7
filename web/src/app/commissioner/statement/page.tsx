import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { DiversityPanel, OutcomesPanel } from '@/features/market/diversity';
import { DistrictTable } from '@/features/market/district-table';
import { GapTable } from '@/features/market/gap-table';
import { GbMap } from '@/features/market/gb-map';
import { loadMarketView } from '@/features/market/market-view';
import { PricesTable } from '@/features/market/prices';
import { StatementSummary } from '@/features/market/statement-summary';
import { TrendsPanel } from '@/features/market/trends';
import { messageFor } from '@/lib/api-errors';
import { formatDateLong } from '@/lib/format';
import { PrintButton } from '@/lib/ui/print-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Market position statement – Support Market' };

/**
 * A draft market position statement (Care Act statutory guidance, 4.81) for one commissioning authority: a
 * plain-language summary, then the figures behind it. Laid out to print (see the print rules in globals.css): the
 * browser's "Save as PDF" makes the PDF.
 */
export default async function StatementPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/commissioner/statement', ['COMMISSIONER', 'ADMIN']);
  const { isAdmin, la, data, failure, supply, areaName, councilName, gaps, demand, freePlaces } = await loadMarketView(viewer, (await searchParams).la);

  return (
    <article className="statement">
      <span className="caption">Draft market position statement</span>
      <h1 className="heading-xl">Market position statement: {councilName}</h1>
      <p className="lead">
        Support for adults in {areaName}: where need outstrips supply, who provides it, what it costs, what it achieves and how it is changing. Figures as of {formatDateLong(new Date())}.
      </p>
      <div className="statement__actions no-print">
        <PrintButton />
        <a className="button button--secondary" href={`/commissioner${isAdmin ? `?la=${la}` : ''}`}>
          Back to the market view
        </a>
      </div>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{messageFor(failure.code, failure.apiMessage)}</p>
        </div>
      )}
      {data && (
        <>
          <section aria-labelledby="summary" className="statement__section">
            <h2 className="heading-l" id="summary">
              Summary
            </h2>
            <StatementSummary data={data} areaName={areaName} />
          </section>
          <section aria-labelledby="gaps" className="statement__section">
            <h2 className="heading-l" id="gaps">
              Gaps between need and supply
            </h2>
            <GapTable gaps={gaps} areaName={areaName} />
            <h3 className="heading-m">District by district</h3>
            <DistrictTable districts={data.marketDistricts} areaName={areaName} />
            <GbMap la={la} areaName={areaName} supply={supply} demand={demand} freePlaces={freePlaces} />
          </section>
          <section aria-labelledby="diversity" className="statement__section">
            <h2 className="heading-l" id="diversity">
              Diversity of providers
            </h2>
            <DiversityPanel d={data.marketDiversity} />
          </section>
          <section aria-labelledby="prices" className="statement__section">
            <h2 className="heading-l" id="prices">
              Prices
            </h2>
            <PricesTable prices={data.marketPrices} areaName={areaName} />
          </section>
          <section aria-labelledby="outcomes" className="statement__section">
            <h2 className="heading-l" id="outcomes">
              Outcomes
            </h2>
            <OutcomesPanel outcomes={data.outcomesByCategory} />
          </section>
          <section aria-labelledby="trends" className="statement__section">
            <h2 className="heading-l" id="trends">
              Trends over the last 12 months
            </h2>
            <TrendsPanel months={data.marketTrends} areaName={areaName} print />
          </section>
          <section aria-labelledby="downloads" className="statement__section no-print">
            <h2 className="heading-l" id="downloads">
              The figures as spreadsheets
            </h2>
            <ul className="list">
              {[
                ['market-gaps', 'Gaps'],
                ['market-districts', 'Districts'],
                ['market-diversity', 'Diversity'],
                ['market-prices', 'Prices'],
                ['market-trends', 'Trends'],
                ['outcomes', 'Outcomes'],
              ].map(([view, label]) => (
                <li key={view}>
                  <a href={`/exports/${view}/${la}.csv`} download>
                    {label} (CSV spreadsheet)
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <p className="hint">
            Counts of people are withheld below 8 and otherwise rounded to the nearest 5. Local authority areas: Office for National Statistics, Open Government Licence v3.0.
          </p>
        </>
      )}
    </article>
  );
}
