import { kmFromForm, milesForForm } from '../../web/src/features/provider/service-radius';

// The provider's offering form shows and takes the reach in miles; the API keeps km.
describe('service radius in miles', () => {
  it('shows the stored km as miles to one decimal place', () => {
    expect(milesForForm(10)).toBe('6.2');
    expect(milesForForm(16.093)).toBe('10');
    expect(milesForForm(0)).toBe('0');
  });

  it('sends typed miles as km', () => {
    expect(kmFromForm('5', '', '')).toBe(8.047);
    expect(kmFromForm(' 2.5 miles', '', '')).toBe(4.023);
    expect(kmFromForm('0', '', '')).toBe(0);
  });

  it('keeps the stored km exactly when the miles shown are sent back unchanged', () => {
    expect(kmFromForm('6.2', '6.2', '10')).toBe(10);
    expect(kmFromForm('7', '6.2', '10')).toBe(11.265);
  });

  it('refuses what is not a distance of 0 to 300 miles', () => {
    for (const bad of ['', 'ten', '-1', '301', '1e3', '5 km']) expect(kmFromForm(bad, '', '')).toBeNull();
  });
});
