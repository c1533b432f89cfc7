#!/usr/bin/env python3
"""Converts Natural Earth country shapes (TopoJSON from the npm package world-atlas) into
data/map/countries.csv, the map resource realign ships. Standard library only.

Usage: python3 convert.py WORLD_ATLAS_DIR CODES_JSON OUT_CSV [SCALE]
  WORLD_ATLAS_DIR  the unpacked package of `npm pack world-atlas@2.0.2` (holds countries-50m.json)
  CODES_JSON       codes.json of `npm pack i18n-iso-countries@7.14.0` ([alpha2, alpha3, numeric, ...] rows)
  OUT_CSV          the file to write
  SCALE            50m (default) or 110m

Output: one row per ring, `iso3,polygon,ring,points`; polygon numbers the parts of a country from 0,
ring 0 is the outer boundary and 1.. are holes; points is `lon lat lon lat ...` in degrees rounded to
0.01, consecutive duplicates (after rounding) dropped. Rows sorted by iso3, polygon, ring, so the same
input gives the same bytes. Shapes without an ISO numeric id (e.g. Kosovo, N. Cyprus, Somaliland in
Natural Earth) or whose id has no alpha-3 code are left out.
"""
import csv
import json
import os
import sys


def decode_arcs(topo):
    """Absolute lon/lat of every arc: TopoJSON quantises and delta-encodes positions."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    """A ring from arc indices; a negative index ~i is arc i reversed. Shared end points appear once."""
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points):
    """Longitudes made continuous: a step of more than 180° crosses the antimeridian (Russia, Fiji), so
    the rest of the ring is shifted by 360°. The ring may then reach past ±180°; see copies()."""
    out = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            step = lon + shift - out[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append((lon + shift, lat))
    return out


def shifts(ring):
    """0, plus -360 or +360 if the (outer) ring reaches past the antimeridian: a map clipped to
    [-180, 180] then shows both sides, from the polygon and from its copy 360° away."""
    out = [0]
    if max(lon for lon, _ in ring) > 180:
        out.append(-360)
    if min(lon for lon, _ in ring) < -180:
        out.append(360)
    return out


def rounded(points):
    out = []
    for lon, lat in points:
        p = (round(lon, 2), round(lat, 2))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()  # closing point implied
    return out


def fmt(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def main(atlas_dir, codes_json, out_csv, scale="50m"):
    with open(os.path.join(atlas_dir, "countries-%s.json" % scale), encoding="utf-8") as f:
        topo = json.load(f)
    with open(codes_json, encoding="utf-8") as f:
        alpha3 = {row[2]: row[1] for row in json.load(f)}
    arcs = decode_arcs(topo)
    rows = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso3 = alpha3.get(g.get("id"))
        if iso3 is None or iso3 == "ATA":
            continue  # Antarctica: no state, and its ring around the pole does not unwrap
        polygons = {"Polygon": [g.get("arcs", [])], "MultiPolygon": g.get("arcs", [])}.get(g["type"], [])
        part = 0
        for polygon in polygons:
            rings = [rounded(unwrapped(ring(arcs, r))) for r in polygon]
            if not rings or len(rings[0]) < 3:
                continue  # collapsed to nothing at 0.01°
            rings = [r for r in rings if len(r) >= 3]
            for shift in shifts(rings[0]):
                for k, r in enumerate(rings):
                    rows.append((iso3, part, k, " ".join(fmt(lon + shift) + " " + fmt(lat) for lon, lat in r)))
                part += 1
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "polygon", "ring", "points"])
        w.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(*sys.argv[1:])
