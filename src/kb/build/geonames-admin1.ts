/**
 * GeoNames first-level admin codes -> ISO 3166-2 region codes, for countries whose regions cannot
 * be tied through a seat of the same name (New South Wales' seat is Sydney, Bavaria's Munich): the
 * countries news names most, whose towns would otherwise have no region. Read off GeoNames'
 * admin1 list (each code's first-level seat is given beside it) and the ISO 3166-2 lists.
 */

type CodeTable = Readonly<Record<string, string>>;

const TABLES: Readonly<Record<string, CodeTable>> = {
  // 01 Canberra, 02 Sydney, 03 Darwin, 04 Brisbane, 05 Adelaide, 06 Hobart, 07 Melbourne, 08 Perth
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC', '08': 'WA' },
  // 01 Edmonton, 02 Victoria, 03 Winnipeg, 04 Fredericton, 05 St. John's, 07 Halifax, 08 Toronto, 09 Charlottetown,
  // 10 Québec, 11 Regina, 12 Whitehorse, 13 Yellowknife, 14 Iqaluit
  CA: { '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON', '09': 'PE', '10': 'QC', '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU' },
  CN: {
    '01': 'AH', '02': 'ZJ', '03': 'JX', '04': 'JS', '05': 'JL', '06': 'QH', '07': 'FJ', '08': 'HL', '09': 'HA', '10': 'HE', '11': 'HN', '12': 'HB',
    '13': 'XJ', '14': 'XZ', '15': 'GS', '16': 'GX', '18': 'GZ', '19': 'LN', '20': 'NM', '21': 'NX', '22': 'BJ', '23': 'SH', '24': 'SX', '25': 'SD',
    '26': 'SN', '28': 'TJ', '29': 'YN', '30': 'GD', '31': 'HI', '32': 'SC', '33': 'CQ',
  },
  DE: { '01': 'BW', '02': 'BY', '03': 'HB', '04': 'HH', '05': 'HE', '06': 'NI', '07': 'NW', '08': 'RP', '09': 'SL', '10': 'SH', '11': 'BB', '12': 'MV', '13': 'SN', '14': 'ST', '15': 'TH', '16': 'BE' },
  FR: { '11': 'IDF', '24': 'CVL', '27': 'BFC', '28': 'NOR', '32': 'HDF', '44': 'GES', '52': 'PDL', '53': 'BRE', '75': 'NAQ', '76': 'OCC', '84': 'ARA', '93': 'PAC', '94': 'COR' },
  IN: {
    '01': 'AN', '02': 'AP', '03': 'AS', '06': 'DH', '07': 'DL', '09': 'GJ', '10': 'HR', '11': 'HP', '12': 'JK', '13': 'KL', '14': 'LD', '16': 'MH',
    '17': 'MN', '18': 'ML', '19': 'KA', '20': 'NL', '21': 'OR', '23': 'PB', '24': 'RJ', '25': 'TN', '26': 'TR', '28': 'WB', '29': 'SK', '30': 'AR',
    '31': 'MZ', '32': 'DH', '33': 'GA', '34': 'BR', '35': 'MP', '36': 'UP', '37': 'CT', '38': 'JH', '39': 'UT', '40': 'TG', '41': 'LA',
  },
  IT: {
    '01': '65', '02': '77', '03': '78', '04': '72', '05': '45', '06': '36', '07': '62', '08': '42', '09': '25', '10': '57', '11': '67', '12': '21',
    '13': '75', '14': '88', '15': '82', '16': '52', '17': '32', '18': '55', '19': '23', '20': '34',
  },
  MX: {
    '01': 'AGU', '02': 'BCN', '03': 'BCS', '04': 'CAM', '05': 'CHP', '06': 'CHH', '07': 'COA', '08': 'COL', '09': 'CMX', '10': 'DUR', '11': 'GUA',
    '12': 'GRO', '13': 'HID', '14': 'JAL', '15': 'MEX', '16': 'MIC', '17': 'MOR', '18': 'NAY', '19': 'NLE', '20': 'OAX', '21': 'PUE', '22': 'QUE',
    '23': 'ROO', '24': 'SLP', '25': 'SIN', '26': 'SON', '27': 'TAB', '28': 'TAM', '29': 'TLA', '30': 'VER', '31': 'YUC', '32': 'ZAC',
  },
  // 02 Quetta, 03 Peshawar, 04 Lahore, 05 Karachi, 06 Muzaffarabad, 07 Gilgit, 08 Islamabad
  PK: { '02': 'BA', '03': 'KP', '04': 'PB', '05': 'SD', '06': 'JK', '07': 'GB', '08': 'IS' },
  // 02 Pietermaritzburg, 03 Bloemfontein, 05 Bhisho, 06 Johannesburg, 07 Nelspruit, 08 Kimberley, 09 Polokwane, 10 Mahikeng, 11 Cape Town
  ZA: { '02': 'NL', '03': 'FS', '05': 'EC', '06': 'GT', '07': 'MP', '08': 'NC', '09': 'LP', '10': 'NW', '11': 'WC' },
  BR: {
    '01': 'AC', '02': 'AL', '03': 'AP', '04': 'AM', '05': 'BA', '06': 'CE', '07': 'DF', '08': 'ES', '11': 'MS', '13': 'MA', '14': 'MT', '15': 'MG',
    '16': 'PA', '17': 'PB', '18': 'PR', '20': 'PI', '21': 'RJ', '22': 'RN', '23': 'RS', '24': 'RO', '25': 'RR', '26': 'SC', '27': 'SP', '28': 'SE',
    '29': 'GO', '30': 'PE', '31': 'TO',
  },
};

/** The ISO 3166-2 code ("AU-NSW") of a GeoNames admin code, where the table knows it. */
export function isoRegionOf(country: string, adminCode: string): string | undefined {
  const short = TABLES[country]?.[adminCode];
  return short === undefined ? undefined : `${country}-${short}`;
}
