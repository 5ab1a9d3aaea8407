// Draws the region map for The Crossing from Natural Earth data (via the world-atlas package)
// and writes stories/the-crossing/media/map.svg and map.json.
//
// Projection: equirectangular (plate carree) over fixed bounds, so that
//   x = (lon - lonMin) / (lonMax - lonMin) * width
//   y = (latMax - lat) / (latMax - latMin) * height
// The web player uses the same parameters (from map.json) to draw the journey.
//
// Usage: npm install && npm run build

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "stories", "the-crossing", "media");

const DATA = "countries-50m.json";
const atlasVersion = JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")).version;
const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${DATA}`), "utf8"));

const bounds = { lonMin: 88, lonMax: 140, latMin: 5, latMax: 53 };
const pxPerDegree = 20;
const width = (bounds.lonMax - bounds.lonMin) * pxPerDegree;
const height = (bounds.latMax - bounds.latMin) * pxPerDegree;

// The countries the journey crosses, each in a light tint of its own so that neighbours differ
// (North Korea and China above all); all keep dark names legible. Every other country is context.
const route = new Map([
  ["North Korea", "#d9b98f"], ["China", "#e8e4d8"], ["South Korea", "#b9d3bd"], ["Mongolia", "#d3cbe4"],
  ["Laos", "#e6c3b8"], ["Vietnam", "#c2d4e6"], ["Thailand", "#d6daa6"],
]);
const slug = (name) => name.toLowerCase().replace(/[^a-z]+/g, "-");
// [name, lon, lat, placement]: "on" land (dark text, centred) or "sea" (light text, starting at the point).
const labels = [
  ["North Korea", 130.6, 40.6, "sea"], ["South Korea", 130.0, 36.4, "sea"], ["China", 105.0, 33.5, "on"],
  ["Mongolia", 103.0, 46.8, "on"], ["Laos", 102.9, 19.9, "on"], ["Vietnam", 109.8, 15.2, "sea"],
  ["Thailand", 101.0, 15.6, "on"], ["Russia", 112.0, 51.3, "ctx"], ["Japan", 138.0, 37.0, "ctx"],
  ["Myanmar", 95.7, 21.0, "ctx"], ["Cambodia", 104.8, 12.6, "ctx"],
];

const x = (lon) => (lon - bounds.lonMin) / (bounds.lonMax - bounds.lonMin) * width;
const y = (lat) => (bounds.latMax - lat) / (bounds.latMax - bounds.latMin) * height;

// Sutherland-Hodgman clipping of one ring to the map rectangle (with a small margin).
function clip(ring) {
  const m = 0.5;
  const edges = [
    (p) => p[0] >= bounds.lonMin - m, (p) => p[0] <= bounds.lonMax + m,
    (p) => p[1] >= bounds.latMin - m, (p) => p[1] <= bounds.latMax + m,
  ];
  const cut = [
    (a, b) => lerp(a, b, (bounds.lonMin - m - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (bounds.lonMax + m - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (bounds.latMin - m - a[1]) / (b[1] - a[1])),
    (a, b) => lerp(a, b, (bounds.latMax + m - a[1]) / (b[1] - a[1])),
  ];
  let pts = ring;
  for (let e = 0; e < 4 && pts.length; e++) {
    const res = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i], prev = pts[(i + pts.length - 1) % pts.length];
      const inCur = edges[e](cur), inPrev = edges[e](prev);
      if (inCur) {
        if (!inPrev) res.push(cut[e](prev, cur));
        res.push(cur);
      } else if (inPrev) {
        res.push(cut[e](prev, cur));
      }
    }
    pts = res;
  }
  return pts;
}
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

// Projects a ring, drops points closer than `tolerance` pixels to the previous kept point,
// and writes it as compact path data with whole-pixel coordinates.
function ringPath(ring, tolerance) {
  const pts = [];
  for (const [lon, lat] of clip(ring)) {
    const p = [Math.round(x(lon) * 2) / 2, Math.round(y(lat) * 2) / 2];
    const last = pts[pts.length - 1];
    if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= tolerance) pts.push(p);
  }
  if (pts.length < 3) return "";
  return "M" + pts.map((p) => `${p[0]} ${p[1]}`).join("L") + "Z";
}

const countries = feature(topology, topology.objects.countries).features;
const paths = [];
for (const f of countries) {
  const name = f.properties.name;
  const geom = f.geometry;
  if (!geom) continue;
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  let d = "";
  for (const poly of polys) for (const ring of poly) d += ringPath(ring, 2.5);
  if (!d) continue;
  const cls = route.has(name) ? `route ${slug(name)}` : "land";
  paths.push(`<path class="${cls}" d="${d}"><title>${name}</title></path>`);
}

const labelText = labels
  .map(([name, lon, lat, how]) => `<text x="${Math.round(x(lon))}" y="${Math.round(y(lat))}"${how === "on" ? "" : ` class="${how}"`}>${name}</text>`)
  .join("");

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">
<title id="t">Map of North Korea, China, Mongolia, South-East Asia and South Korea</title>
<desc id="d">Countries crossed on the routes out of North Korea: China, Mongolia, Laos, Vietnam, Thailand and South Korea, with their neighbours. Drawn from Natural Earth data, public domain.</desc>
<style>.sea{fill:#1d2a3a}.land{fill:#5b7083;stroke:#1d2a3a;stroke-width:1}.route{fill:#e8e4d8;stroke:#1d2a3a;stroke-width:1}${[...route].map(([name, fill]) => `.${slug(name)}{fill:${fill}}`).join("")}text{font:600 18px sans-serif;fill:#1d2a3a;text-anchor:middle}text.ctx{fill:#e8e4d8;font-weight:400}text.sea{fill:#e8e4d8;text-anchor:start}</style>
<rect class="sea" width="${width}" height="${height}"/>
${paths.join("\n")}
${labelText}
</svg>
`;
writeFileSync(join(out, "map.svg"), svg);

const meta = {
  file: "map.svg",
  data: {
    source: "Natural Earth, Admin 0 - Countries, 1:50m",
    license: "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)",
    package: "world-atlas",
    packageVersion: atlasVersion,
    file: DATA,
    converter: "topojson-client 3.1.0",
    generator: "tools/map/make-map.mjs",
  },
  projection: {
    type: "equirectangular",
    lonMin: bounds.lonMin, lonMax: bounds.lonMax, latMin: bounds.latMin, latMax: bounds.latMax,
    width, height,
    formula: "x = (lon - lonMin) / (lonMax - lonMin) * width; y = (latMax - lat) / (latMax - latMin) * height",
  },
  simplification: "rings clipped to the bounds plus 0.5 degrees; points closer than 2.5 px (Manhattan) to the previous kept point dropped; coordinates rounded to 0.5 px",
  colours: { sea: "#1d2a3a", context: "#5b7083", route: Object.fromEntries(route) },
};
writeFileSync(join(out, "map.json"), JSON.stringify(meta, null, 2) + "\n");
console.log(`map.svg: ${svg.length} bytes, ${paths.length} countries`);
