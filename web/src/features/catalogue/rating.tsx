export function Rating({ average, count }: { average: number | null; count: number }) {
  if (average == null || count === 0) return <>No reviews yet</>;
  return (
    <>
      {average.toFixed(1)} out of 5 <span className="secondary">({count === 1 ? '1 review' : `${count} reviews`})</span>
    </>
  );
}
