#!/usr/bin/env python3
"""Builds ../aliases.csv: other ways of writing a country that a scenario may use by mistake (ISO 3166-1
alpha-2 codes, ISO names, common English names and short forms), each with the ISO3 code it stands for.

realign never accepts an alias silently: a scenario that writes `UK` stops with "did you mean 'GBR'?".

Inputs: the ISO 3166-1 table of Debian's iso-codes package (4.15.0, /usr/share/iso-codes/json/iso_3166-1.json,
https://salsa.debian.org/iso-codes-team/iso-codes), ../countries.csv (the 193 member states and the names
realign shows), and the short forms listed below (author's list of common English usage: press, UN
documents, the CIA World Factbook's "conventional short form" and "former" names).

Entries for ISO codes that are not among the 193 members (Taiwan, Palestine, Holy See, territories) are kept,
so that a message can say the code is not a member state rather than suggest a look-alike member.

Run: python3 build_aliases.py  (stdlib only; fails on an alias that would point at two countries)
"""
import csv
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = os.environ.get("ISO_3166_JSON", "/usr/share/iso-codes/json/iso_3166-1.json")

# Common English names and short forms, by ISO3 (author's list).
SHORT = {
    "ARE": ["UAE", "Emirates"],
    "BHS": ["The Bahamas"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "BOL": ["Bolivia"],
    "BRN": ["Brunei"],
    "CHN": ["PRC", "People's Republic of China", "Mainland China"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa", "Democratic Republic of the Congo",
            "Democratic Republic of Congo", "Zaire"],
    "COG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo", "Republic of the Congo"],
    "CPV": ["Cape Verde"],
    "CZE": ["Czech Republic", "Czechia", "Czech"],
    "FSM": ["Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "GMB": ["The Gambia"],
    "IRN": ["Iran", "Persia"],
    "KGZ": ["Kyrgyz Republic"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"],
    "KOR": ["South Korea", "Republic of Korea", "ROK", "S. Korea"],
    "LAO": ["Laos", "Lao PDR"],
    "LCA": ["St Lucia", "St. Lucia"],
    "MDA": ["Moldova"],
    "MKD": ["Macedonia", "FYROM", "North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland", "The Netherlands"],
    "PRK": ["North Korea", "DPRK", "D.P.R.K.", "N. Korea"],
    "RUS": ["Russia"],
    "SAU": ["KSA", "Saudi"],
    "SVK": ["Slovak Republic"],
    "STP": ["Sao Tome", "Sao Tome and Principe"],
    "SWZ": ["Swaziland"],
    "SYR": ["Syria"],
    "TLS": ["East Timor", "Timor"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "TZA": ["Tanzania"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"],
    "VCT": ["St Vincent", "St. Vincent and the Grenadines", "Saint Vincent"],
    "VEN": ["Venezuela"],
    "VNM": ["Vietnam", "Viet Nam"],
}


def key(text):
    """The form aliases are matched in (realign.world.CountryAliases.key does the same)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed.lower() if c.isascii() and c.isalnum())


def main():
    members = {}
    with open(os.path.join(HERE, "..", "countries.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            members[r["iso3"]] = r["name"]
    iso = json.load(open(ISO, encoding="utf-8"))["3166-1"]

    rows = []  # (alias, iso3, kind)
    for e in iso:
        a3 = e["alpha_3"]
        rows.append((e["alpha_2"], a3, "iso2"))
        for field in ("name", "common_name", "official_name"):
            if e.get(field):
                rows.append((e[field], a3, "iso_" + field))
    for a3, name in members.items():
        rows.append((name, a3, "name"))
    for a3, names in SHORT.items():
        assert a3 in members, a3
        for n in names:
            rows.append((n, a3, "short_form"))

    seen = {}
    out = []
    for alias, a3, kind in rows:
        k = key(alias)
        if not k or k == a3.lower():
            continue
        if k in seen:
            if seen[k] != a3:
                sys.exit(f"alias {alias!r} would mean both {seen[k]} and {a3}")
            continue
        seen[k] = a3
        out.append((alias, a3, kind))
    out.sort(key=lambda r: (r[1], r[2], r[0]))
    with open(os.path.join(HERE, "..", "aliases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["alias", "iso3", "kind"])
        w.writerows(out)
    iso2 = sum(1 for r in out if r[2] == "iso2" and r[1] in members)
    print(f"{len(out)} aliases; ISO2 codes for {iso2} of {len(members)} members;"
          f" {sum(1 for r in out if r[1] not in members)} for non-members")


if __name__ == "__main__":
    main()
