/**
 * US state abbreviations as news writes them after a town ("Portland, Ore.", "Paris, TX"): AP style
 * and postal codes, keyed without dots or spaces ("Ore.", "N.C." -> "Ore", "NC"). They expand to the
 * state's name before the qualifier is looked up. A fixed list (the 50 states and DC), so it lives
 * with the code.
 */
const STATES: readonly (readonly [string, readonly string[]])[] = [
  ['Alabama', ['AL', 'Ala']],
  ['Alaska', ['AK']],
  ['Arizona', ['AZ', 'Ariz']],
  ['Arkansas', ['AR', 'Ark']],
  ['California', ['CA', 'Calif']],
  ['Colorado', ['CO', 'Colo']],
  ['Connecticut', ['CT', 'Conn']],
  ['Delaware', ['DE', 'Del']],
  ['District of Columbia', ['DC']],
  ['Florida', ['FL', 'Fla']],
  ['Georgia', ['GA', 'Ga']],
  ['Hawaii', ['HI']],
  ['Idaho', ['ID']],
  ['Illinois', ['IL', 'Ill']],
  ['Indiana', ['IN', 'Ind']],
  ['Iowa', ['IA']],
  ['Kansas', ['KS', 'Kan']],
  ['Kentucky', ['KY', 'Ky']],
  ['Louisiana', ['LA', 'La']],
  ['Maine', ['ME']],
  ['Maryland', ['MD', 'Md']],
  ['Massachusetts', ['MA', 'Mass']],
  ['Michigan', ['MI', 'Mich']],
  ['Minnesota', ['MN', 'Minn']],
  ['Mississippi', ['MS', 'Miss']],
  ['Missouri', ['MO', 'Mo']],
  ['Montana', ['MT', 'Mont']],
  ['Nebraska', ['NE', 'Neb']],
  ['Nevada', ['NV', 'Nev']],
  ['New Hampshire', ['NH']],
  ['New Jersey', ['NJ']],
  ['New Mexico', ['NM']],
  ['New York', ['NY']],
  ['North Carolina', ['NC']],
  ['North Dakota', ['ND']],
  ['Ohio', ['OH']],
  ['Oklahoma', ['OK', 'Okla']],
  ['Oregon', ['OR', 'Ore']],
  ['Pennsylvania', ['PA', 'Pa']],
  ['Rhode Island', ['RI']],
  ['South Carolina', ['SC']],
  ['South Dakota', ['SD']],
  ['Tennessee', ['TN', 'Tenn']],
  ['Texas', ['TX', 'Tex']],
  ['Utah', ['UT']],
  ['Vermont', ['VT', 'Vt']],
  ['Virginia', ['VA', 'Va']],
  ['Washington', ['WA', 'Wash']],
  ['West Virginia', ['WV', 'WVa']],
  ['Wisconsin', ['WI', 'Wis']],
  ['Wyoming', ['WY', 'Wyo']],
];

/** Abbreviation without dots -> state name. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  STATES.flatMap(([name, abbreviations]) => abbreviations.map((abbreviation) => [abbreviation, name] as const)),
);
