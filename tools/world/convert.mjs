// Converts world-atlas's countries-110m TopoJSON (Natural Earth 1:110m admin-0 countries, public domain) into the
// GeoJSON world outline that Storyline's web map draws: one Feature per country with its name, coordinates in
// degrees rounded to 2 decimals (about 1 km, far below what a 1:110m outline resolves), repeated points dropped,
// rings split at the antimeridian, Antarctica left out.
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

/**
 * Rings that cross the antimeridian (a step of more than 180° in longitude; Russia's Chukotka, Fiji) split into
 * one ring on each side, so that a flat projection draws no band across the whole map. Each crossing pair is
 * closed along the antimeridian: runs 0, 2, 4… form one ring, runs 1, 3… the other.
 */
function splitAtAntimeridian(points) {
  const runs = [[]];
  for (let i = 0; i < points.length; i++) {
    if (i > 0 && Math.abs(points[i][0] - points[i - 1][0]) > 180) runs.push([]);
    runs[runs.length - 1].push(points[i]);
  }
  if (runs.length === 1) return [points];
  const sides = [[], []];
  runs.forEach((run, i) => sides[i % 2].push(...run));
  return sides.filter((s) => s.length >= 3).map((s) => [...s, s[0]]);
}

/** Polygons for one polygon's rings: the outer ring (split at the antimeridian if it crosses) and its holes. */
function polygons(rings) {
  const [outer, ...holes] = rings;
  const parts = splitAtAntimeridian(outer).map(ring).filter(Boolean);
  if (parts.length !== 1) return parts.map((p) => [p]);
  return [[parts[0], ...holes.map(ring).filter(Boolean)]];
}

const countries = feature(topology, topology.objects.countries).features;
const features = [];
for (const country of countries) {
  const g = country.geometry;
  // Antarctica is left out: no news map needs it, and its ring runs around the pole.
  if (!g || country.properties.name === 'Antarctica') continue;
  const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap(polygons);
  if (!parts.length) continue;
  features.push({
    type: 'Feature',
    id: country.id ?? null,
    properties: { name: country.properties.name },
    geometry: parts.length === 1
      ? { type: 'Polygon', coordinates: parts[0] }
      : { type: 'MultiPolygon', coordinates: parts },
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
