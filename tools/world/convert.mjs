// Converts world-atlas's countries-110m TopoJSON (Natural Earth 1:110m admin-0 countries, public domain) into the
// GeoJSON world outline that Storyline's web map draws: one Feature per country with its name, coordinates in
// degrees rounded to 2 decimals (about 1 km, far below what a 1:110m outline resolves), repeated points dropped.
// Run through generate.sh, which installs the pinned packages into a temporary folder and passes it here:
//
//   node convert.mjs NODE_MODULES_DIR OUTPUT.json

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node convert.mjs NODE_MODULES_DIR OUTPUT.json');
  process.exit(2);
}

const require = createRequire(path.resolve(modules) + path.sep);
const { feature } = require('topojson-client');
const topology = JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas', 'countries-110m.json'), 'utf8'));

const round = (x) => Math.round(x * 100) / 100;

/** A ring with rounded coordinates and without consecutive repeats; null when fewer than 4 points remain. */
function ring(points) {
  const out = [];
  for (const [lon, lat] of points) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

function polygon(rings) {
  const kept = rings.map(ring);
  return kept[0] ? kept.filter(Boolean) : null;
}

const countries = feature(topology, topology.objects.countries).features;
const features = [];
for (const country of countries) {
  const g = country.geometry;
  if (!g) continue;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(polygon).filter(Boolean);
  if (!polygons.length) continue;
  features.push({
    type: 'Feature',
    id: country.id ?? null,
    properties: { name: country.properties.name },
    geometry: polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons },
  });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

const collection = {
  type: 'FeatureCollection',
  attribution: 'Made with Natural Earth (public domain), via world-atlas 2.0.2 (ISC); see NOTICE',
  features,
};
fs.writeFileSync(output, JSON.stringify(collection) + '\n');
console.error(`world: ${features.length} countries, ${fs.statSync(output).size} bytes`);
