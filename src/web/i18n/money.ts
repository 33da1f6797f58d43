/**
 * A starting guess for the currency of a country's prices, for the plan form; the person
 * can choose any other. Countries we list help for, and the euro area.
 */
const currencyByCountry: Record<string, string> = {
  GB: 'GBP',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  ...Object.fromEntries(
    'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES'
      .split(' ')
      .map((code) => [code, 'EUR']),
  ),
};

export function currencyGuess(country: string | null | undefined): string | undefined {
  return country ? currencyByCountry[country] : undefined;
}

/** Every currency, named in the reader's language: "GBP" → "British Pound". */
export function currenciesByName(): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames(undefined, { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({
    code,
    name: `${names.of(code) ?? code} (${code})`,
  }));
}

/** An amount in the person's currency when known ("£12.50"), else as a plain number. */
export function formatMoney(amount: number, currency: string | undefined): string {
  return new Intl.NumberFormat(
    undefined,
    currency ? { style: 'currency', currency } : { maximumFractionDigits: 2 },
  ).format(amount);
}
