import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DistrictMap, districtKnown } from '@/features/contact/district-map';

// Where a venue's postcode district is, drawn from our own district data (no map tiles, nothing sent elsewhere).
export async function generateMetadata({ params }: { params: Promise<{ outcode: string }> }): Promise<Metadata> {
  const outcode = decodeURIComponent((await params).outcode).toUpperCase();
  return { title: `Where ${outcode} is – Support Market` };
}

export default async function DistrictPage({ params }: { params: Promise<{ outcode: string }> }) {
  const outcode = decodeURIComponent((await params).outcode).toUpperCase();
  if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(outcode) || !districtKnown(outcode)) notFound();
  return (
    <>
      <h1 className="heading-xl">Where {outcode} is</h1>
      <p className="lead">A map of postcode district {outcode} and the districts around it. Ask the provider for directions to the venue.</p>
      <div className="map">
        <DistrictMap outcode={outcode} />
      </div>
    </>
  );
}
