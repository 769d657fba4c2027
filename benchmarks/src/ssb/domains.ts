/**
 * The Star Schema Benchmark's value domains (O'Neil, O'Neil, Chen, Revilak,
 * "Star Schema Benchmark", rev. 3, after TPC-H's dbgen): nations and their
 * regions, cities, part names, priorities, ship modes, selling seasons.
 */

/** TPC-H's 25 nations with their regions, in dbgen's order. */
export const nations: readonly (readonly [nation: string, region: string])[] = [
  ['ALGERIA', 'AFRICA'],
  ['ARGENTINA', 'AMERICA'],
  ['BRAZIL', 'AMERICA'],
  ['CANADA', 'AMERICA'],
  ['EGYPT', 'MIDDLE EAST'],
  ['ETHIOPIA', 'AFRICA'],
  ['FRANCE', 'EUROPE'],
  ['GERMANY', 'EUROPE'],
  ['INDIA', 'ASIA'],
  ['INDONESIA', 'ASIA'],
  ['IRAN', 'MIDDLE EAST'],
  ['IRAQ', 'MIDDLE EAST'],
  ['JAPAN', 'ASIA'],
  ['JORDAN', 'MIDDLE EAST'],
  ['KENYA', 'AFRICA'],
  ['MOROCCO', 'AFRICA'],
  ['MOZAMBIQUE', 'AFRICA'],
  ['PERU', 'AMERICA'],
  ['CHINA', 'ASIA'],
  ['ROMANIA', 'EUROPE'],
  ['SAUDI ARABIA', 'MIDDLE EAST'],
  ['VIETNAM', 'ASIA'],
  ['RUSSIA', 'EUROPE'],
  ['UNITED KINGDOM', 'EUROPE'],
  ['UNITED STATES', 'AMERICA'],
];

/** Ten cities per nation: its name's first 9 characters, padded with spaces, and a digit (`UNITED KI1`). */
export const citiesPerNation = 10;
export const cityCount = nations.length * citiesPerNation;

/** City number `i` in [0, 250): nation `i / 10`, digit `i % 10`. */
export function city(i: number): { readonly city: string; readonly nation: string; readonly region: string } {
  const [nation, region] = nations[Math.floor(i / citiesPerNation)]!;
  return { city: nation.slice(0, 9).padEnd(9, ' ') + String(i % citiesPerNation), nation, region };
}

/** The city number of a city name, for the generator's focus rows. */
export function cityNumber(name: string): number {
  for (let i = 0; i < cityCount; i++) if (city(i).city === name) return i;
  throw new Error(`no SSB city ${name}`);
}

/** Five manufacturers × five categories × forty brands: `MFGR#1`, `MFGR#12`, `MFGR#1221`. */
export const brandCount = 5 * 5 * 40;
export function brand(i: number): { readonly mfgr: string; readonly category: string; readonly brand1: string } {
  const m = Math.floor(i / 200) + 1;
  const c = (Math.floor(i / 40) % 5) + 1;
  const b = (i % 40) + 1;
  return { mfgr: `MFGR#${m}`, category: `MFGR#${m}${c}`, brand1: `MFGR#${m}${c}${b}` };
}
export function brandNumber(brand1: string): number {
  for (let i = 0; i < brandCount; i++) if (brand(i).brand1 === brand1) return i;
  throw new Error(`no SSB brand ${brand1}`);
}

export const colors: readonly string[] = [
  'almond', 'antique', 'aquamarine', 'azure', 'beige', 'bisque', 'black', 'blanched', 'blue', 'blush', 'brown', 'burlywood',
  'burnished', 'chartreuse', 'chiffon', 'chocolate', 'coral', 'cornflower', 'cornsilk', 'cream', 'cyan', 'dark', 'deep', 'dim',
  'dodger', 'drab', 'firebrick', 'floral', 'forest', 'frosted', 'gainsboro', 'ghost', 'goldenrod', 'green', 'grey', 'honeydew',
  'hot', 'indian', 'ivory', 'khaki', 'lace', 'lavender', 'lawn', 'lemon', 'light', 'lime', 'linen', 'magenta', 'maroon', 'medium',
  'metallic', 'midnight', 'mint', 'misty', 'moccasin', 'navajo', 'navy', 'olive', 'orange', 'orchid', 'pale', 'papaya', 'peach',
  'peru', 'pink', 'plum', 'powder', 'puff', 'purple', 'red', 'rose', 'rosy', 'royal', 'saddle', 'salmon', 'sandy', 'seashell',
  'sienna', 'sky', 'slate', 'smoke', 'snow', 'spring', 'steel', 'tan', 'thistle', 'tomato', 'turquoise', 'violet', 'wheat',
  'white', 'yellow',
];
export const typeSyllables: readonly (readonly string[])[] = [
  ['STANDARD', 'SMALL', 'MEDIUM', 'LARGE', 'ECONOMY', 'PROMO'],
  ['ANODIZED', 'BURNISHED', 'PLATED', 'POLISHED', 'BRUSHED'],
  ['TIN', 'NICKEL', 'BRASS', 'STEEL', 'COPPER'],
];
export const containerSyllables: readonly (readonly string[])[] = [
  ['SM', 'LG', 'MED', 'JUMBO', 'WRAP'],
  ['CASE', 'BOX', 'BAG', 'JAR', 'PKG', 'PACK', 'CAN', 'DRUM'],
];
export const segments: readonly string[] = ['AUTOMOBILE', 'BUILDING', 'FURNITURE', 'MACHINERY', 'HOUSEHOLD'];
export const priorities: readonly string[] = ['1-URGENT', '2-HIGH', '3-MEDIUM', '4-NOT SPECI', '5-LOW'];
export const shipModes: readonly string[] = ['REG AIR', 'AIR', 'RAIL', 'SHIP', 'TRUCK', 'MAIL', 'FOB'];

export const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const dayNames: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The selling season of a month (1–12), as SSB's date table names it. */
export function sellingSeason(month: number, day: number): string {
  if (month === 12 && day >= 1) return 'Christmas';
  if (month >= 6 && month <= 8) return 'Summer';
  if (month <= 2) return 'Winter';
  if (month <= 5) return 'Spring';
  return 'Fall';
}
