#!/usr/bin/env python3
"""Derive allegiance's generated knowledge-base files from the reference data in ../shared.

usage: python3 tools/kb/build_kb.py [SHARED_DATA_DIR]   (default: ../shared/data/gazetteer)

Writes kb/generated/{countries,regions,cities,groups}.toml, sorted by id, deterministic.
Names, aliases and coordinates are facts taken from the sources listed in kb/NOTICE.md; no
source file is copied. Hand-curated entries in kb/curated/ win: a generated group that shares a
name with a curated one is left out.
"""
import collections
import csv
import difflib
import io
import json
import re
import shutil
import subprocess
import sys
import tomllib
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "gazetteer"
OUT = ROOT / "kb" / "generated"

# Common English words that are also place names somewhere; as aliases they would fire on prose.
STOP = set("""
a an and are as at be but by can centre center central city capital coast district east eastern for from
had has have he her his in is it its may most no north northern not of on one or our out over police
reading said she so south southern state the their them then there they this to two under union up us
was we west western were what when where which who will with you young upper lower middle new old
republic region province island islands mountain mountains valley river lake sea bay gulf hills plains
president prime minister general major colonel doctor victoria george charles lincoln franklin jackson
washington madison hamilton clinton wilson marion mobile nice split bath gap van batman hit of bar most
sale kita aden mosul homs hama gaza
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
# Words that mean "group", "resistance" or "organisation": a dataset row named only that is no
# group's name, and as a pattern it would fire inside every longer name ("Ahlu Sunna Wal Jamaa").
GENERIC_GROUP_NAMES = {"jamaat", "jamaa", "jamaah", "resistance", "tanzim", "mujahideen", "militia", "rebels", "opposition", "hizb", "jaish", "harakat", "jabhat", "ansar", "lashkar", "tehrik", "tehreek"}
KEEP_ANYWAY = {"aden", "mosul", "homs", "hama", "gaza"}  # real conflict places; the stoplist above keeps them out of the generic check

DEMONYMS = {
    "AF": ["Afghan"], "PK": ["Pakistani"], "IQ": ["Iraqi"], "SY": ["Syrian"], "YE": ["Yemeni"], "SO": ["Somali"],
    "NG": ["Nigerian"], "ML": ["Malian"], "NE": ["Nigerien"], "BF": ["Burkinabe"], "TD": ["Chadian"],
    "CM": ["Cameroonian"], "LY": ["Libyan"], "EG": ["Egyptian"], "DZ": ["Algerian"], "TN": ["Tunisian"],
    "MA": ["Moroccan"], "SD": ["Sudanese"], "SS": ["South Sudanese"], "ET": ["Ethiopian"], "KE": ["Kenyan"],
    "UG": ["Ugandan"], "CD": ["Congolese"], "CF": ["Central African"], "MZ": ["Mozambican"], "TZ": ["Tanzanian"],
    "IR": ["Iranian"], "SA": ["Saudi"], "TR": ["Turkish"], "LB": ["Lebanese"], "IL": ["Israeli"],
    "PS": ["Palestinian"], "JO": ["Jordanian"], "IN": ["Indian"], "BD": ["Bangladeshi"], "LK": ["Sri Lankan"],
    "MM": ["Burmese"], "TH": ["Thai"], "PH": ["Filipino", "Philippine"], "ID": ["Indonesian"], "MY": ["Malaysian"],
    "CN": ["Chinese"], "RU": ["Russian"], "UA": ["Ukrainian"], "US": ["American"], "GB": ["British"],
    "FR": ["French"], "DE": ["German"], "TJ": ["Tajik"], "UZ": ["Uzbek"], "TM": ["Turkmen"], "KG": ["Kyrgyz"],
    "KZ": ["Kazakh"], "AZ": ["Azerbaijani"], "GE": ["Georgian"], "AM": ["Armenian"], "CO": ["Colombian"],
    "MX": ["Mexican"], "VE": ["Venezuelan"], "PE": ["Peruvian"], "BR": ["Brazilian"], "QA": ["Qatari"],
    "AE": ["Emirati"], "KW": ["Kuwaiti"], "BH": ["Bahraini"], "OM": ["Omani"], "ER": ["Eritrean"],
    "DJ": ["Djiboutian"], "MR": ["Mauritanian"], "SN": ["Senegalese"], "BJ": ["Beninese"], "TG": ["Togolese"],
    "GH": ["Ghanaian"], "CI": ["Ivorian"], "RW": ["Rwandan"], "BI": ["Burundian"], "AO": ["Angolan"],
    "NP": ["Nepalese"], "KR": ["South Korean"], "KP": ["North Korean"], "JP": ["Japanese"], "IT": ["Italian"],
    "ES": ["Spanish"], "BE": ["Belgian"], "NL": ["Dutch"], "SE": ["Swedish"], "AU": ["Australian"],
    "CA": ["Canadian"], "BY": ["Belarusian"], "RS": ["Serbian"], "BA": ["Bosnian"], "XK": ["Kosovar"],
}
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    # "Congo" alone, in the news, is nearly always the larger country ("eastern Congo").
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CF": ["CAR"],
    "AE": ["UAE", "U.A.E."],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "KP": ["DPRK"],
    "PS": ["Palestine", "Palestinian Territories"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "TR": ["Türkiye", "Turkiye"],
    "CZ": ["Czech Republic"],
}
# English names of towns whose GeoNames name is another transliteration altogether, keyed by
# GeoNames id: the spelling rule below cannot find these.
CITY_EXONYMS = {
    "163808": ["Palmyra"],            # Tadmur, SY
    "172256": ["Kobani", "Kobane"],   # 'Ayn al 'Arab, SY
    "79415": ["Hodeidah"],            # Al Hudaydah, YE
    "87205": ["Derna"],               # Darnah, LY
}
# Spelling variants are added for towns of at least this many people only: smaller towns rarely
# make the news under another spelling, and their variants would mostly add false hits.
VARIANT_MIN_POPULATION = 50_000
# Countries whose towns' own names are not in Latin letters: there the GeoNames name is one
# transliteration among several, and the news may use another. Elsewhere the other names are
# foreign exonyms, which mostly add false hits ("Lion" for Lyon).
TRANSLITERATED = set("""
AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE MR SO DJ KM IR AF PK IN BD LK NP BT MM TH KH LA
CN TW JP KR KP MN RU UA BY BG MK RS KZ KG TJ UZ TM AZ GE AM IL GR ET ER
""".split())
PERSON_WORDS = {"bin", "ibn", "abu", "umm", "mohammed", "muhammad", "mohamed", "ahmed", "ali", "saint", "san", "santa", "sheikh", "shaikh", "sultan", "king", "prince", "emir"}
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ath|adh)[ -]", re.I)
LATIN_NAME = re.compile(r"^[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|al|el|ad|ar|as|an|ash|az|ez|es|ed|de|la|del|di))*$")
NAME_OVERRIDE = {"PS": "Palestinian Territories", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "XK": "Kosovo"}


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’`]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def norm(s):
    n = slug(s).replace("-", " ")
    return n[4:] if n.startswith("the ") else n


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write(path, table, entries):
    lines = [f"# Generated by tools/kb/build_kb.py from the sources in kb/NOTICE.md. Do not edit; edit kb/curated/ instead.\n"]
    for e in sorted(entries, key=lambda e: e["id"]):
        lines.append(f"[[{table}]]")
        for k in ("id", "name", "subkind", "aliases", "former_names", "adjectives", "parent", "country", "lat", "lon", "population", "sources"):
            v = e.get(k)
            if v is None or v == [] or v == "":
                continue
            if isinstance(v, str):
                lines.append(f"{k} = {toml_str(v)}")
            elif isinstance(v, list):
                if v and isinstance(v[0], dict):
                    items = ", ".join("{" + ", ".join(f"{a} = {toml_str(b) if isinstance(b, str) else b}" for a, b in d.items() if b is not None) + "}" for d in v)
                    lines.append(f"{k} = [{items}]")
                else:
                    lines.append(f"{k} = [{', '.join(toml_str(x) for x in v)}]")
            else:
                lines.append(f"{k} = {v}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(entries)} entries")


def usable(name):
    n = name.strip()
    if len(n) < 3 or norm(n) in STOP and norm(n) not in KEEP_ANYWAY:
        return False
    return any(c.isalpha() for c in n)


def places():
    countries, regions, cities = [], [], []
    info = [l.split("\t") for l in (DATA / "geonames/countryInfo.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    with zipfile.ZipFile(DATA / "geonames/cities15000.zip") as z:
        rows = [l.split("\t") for l in z.read(z.namelist()[0]).decode("utf-8").splitlines() if l]
    country_id = {}
    for c in info:
        iso, name, capital, pop = c[0], NAME_OVERRIDE.get(c[0], c[4]), c[5], c[7]
        country_id[iso] = slug(name)
    capital_at = {}
    for r in rows:
        if r[7] == "PPLC":
            capital_at[r[8]] = (float(r[4]), float(r[5]))
    for c in info:
        iso, name, pop = c[0], NAME_OVERRIDE.get(c[0], c[4]), c[7]
        lat, lon = capital_at.get(iso, (None, None))
        aliases = [a for a in COUNTRY_ALIASES.get(iso, []) if a != name]
        if name != c[4]:
            aliases.append(c[4])
        countries.append({"id": country_id[iso], "name": name, "subkind": "country", "aliases": aliases,
                          "adjectives": DEMONYMS.get(iso, []), "country": iso, "lat": lat, "lon": lon,
                          "population": int(pop) if pop.isdigit() else None, "sources": ["GeoNames countryInfo"]})
    seen = {e["id"] for e in countries}
    # A region's coordinates: the population-weighted centre of its cities.
    centre = {}
    for r in rows:
        code = f"{r[8]}.{r[10]}"
        w = max(int(r[14]) if r[14].isdigit() else 0, 1)
        lat, lon, tw = centre.get(code, (0.0, 0.0, 0))
        centre[code] = (lat + float(r[4]) * w, lon + float(r[5]) * w, tw + w)
    for line in (DATA / "geonames/admin1_regionInfo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, ascii_name, _gid = line.split("\t")[:4]
        iso = code.split(".")[0]
        if iso not in country_id or not usable(name):
            continue
        base = re.sub(r"\s+(Province|Governorate|Region|State|Oblast|Republic|District|Division|Department|Prefecture|Territory|Wilayah|Muhafazah)$", "", ascii_name)
        aliases = sorted({a for a in (ascii_name, base) if a != name and usable(a)})
        rid = f"region-{iso.lower()}-{slug(name)}"
        if rid in seen:
            continue
        seen.add(rid)
        lat = lon = None
        if code in centre:
            clat, clon, tw = centre[code]
            lat, lon = round(clat / tw, 4), round(clon / tw, 4)
        regions.append({"id": rid, "name": name, "subkind": "region", "aliases": aliases, "parent": country_id[iso],
                        "country": iso, "lat": lat, "lon": lon})
    variants = spelling_variants(rows, {norm(e["name"]) for e in countries + regions} | {norm(a) for e in countries + regions for a in e["aliases"]})
    for r in rows:
        name, ascii_name, lat, lon, iso, pop = r[1], r[2], float(r[4]), float(r[5]), r[8], r[14]
        if iso not in country_id or not usable(name):
            continue
        cid = f"city-{iso.lower()}-{slug(name)}"
        if cid in seen:
            cid = f"{cid}-{r[0]}"
        seen.add(cid)
        aliases = [ascii_name] if ascii_name != name and usable(ascii_name) else []
        aliases += [v for v in variants.get(r[0], []) if v not in aliases]
        cities.append({"id": cid, "name": name, "subkind": "city", "aliases": aliases, "parent": country_id[iso],
                       "country": iso, "lat": round(lat, 4), "lon": round(lon, 4),
                       "population": int(pop) if pop.isdigit() else None})
    return countries, regions, cities


def common_words():
    """Words the bench news corpus writes in lower case: a town spelled like one would fire on prose."""
    bench = DATA.parent / "bench"
    files = sorted(bench.glob("*.jsonl.zst"))
    if not files or not shutil.which("zstd"):
        sys.exit(f"build_kb: the spelling variants need {bench}/*.jsonl.zst and the `zstd` command")
    words = set()
    for f in files:
        out = subprocess.run(["zstd", "-dc", str(f)], capture_output=True, check=True).stdout.decode("utf-8")
        for line in out.splitlines():
            if line.strip():
                words.update(re.findall(r"\b[a-z][a-z'-]+\b", json.loads(line)["text"]))
    return words


def spelling_variants(rows, taken):
    """Other spellings of each town's name, by GeoNames id: the name without its Arabic article
    ("Ar Raqqah": "Raqqah") and the alternate names in Latin letters that are transliterations
    of it ("Raqqa", "Fallujah", "Misrata"), plus CITY_EXONYMS. A spelling that two towns share, that
    is already a country's or region's name, or that news prose uses as a word is left out."""
    common = common_words()

    def core(n):
        return ARABIC_ARTICLE.sub("", norm(n))

    found = {}
    for r in rows:
        pop = int(r[14]) if r[14].isdigit() else 0
        if pop < VARIANT_MIN_POPULATION or r[8] not in TRANSLITERATED:
            continue
        own = {norm(r[1]), norm(r[2])}
        base = core(r[2])
        out = []
        stripped = ARABIC_ARTICLE.sub("", r[2])
        if stripped != r[2] and len(stripped) >= 4 and LATIN_NAME.match(stripped):
            out.append(stripped)
        for a in sorted(set(r[3].split(","))):
            # Same number of words: another spelling, not a longer or shorter name ("Madinat Zayed"
            # is not "Mohammed Bin Zayed"); and no word that names people.
            if (LATIN_NAME.match(a) and len(a) >= 5 and len(core(a).split()) == len(base.split())
                    and not PERSON_WORDS & set(norm(a).split())
                    and difflib.SequenceMatcher(None, core(a), base).ratio() >= 0.75):
                out.append(a)
        found[r[0]] = [a for a in dict.fromkeys(out) if norm(a) not in own]
    for gid, names in CITY_EXONYMS.items():
        found.setdefault(gid, []).extend(names)
    towns = collections.Counter(norm(a) for names in found.values() for a in set(names))
    return {
        gid: [a for a in names if towns[norm(a)] == 1 and norm(a) not in taken and a.lower() not in common and usable(a)]
        for gid, names in found.items()
    }


PARTICLES = {"al", "el", "ul", "bin", "ibn", "of", "the", "and", "wa", "wal", "fi", "li", "e", "i", "de", "la", "du", "des", "for", "in"}
GROUPISH = re.compile(r"(?i)\b(brigades?|army|front|movement|jihad|islamic|mujahid\w*|lashkar|jaish|jaysh|ansar|harakat|tehrik|tehreek|jama'?at|jamaat|hizb|qa'?ida|qaeda|taliban|organi[sz]ation|group|battalions?|liberation|resistance|forces|militia|network|state|province|wilayat|emirate|tanzim|katibat?|kata'?ib|army|guerrilla|rebels?|revolutionary|commandos?|shabaab|hezbollah|hizballah|boko|jund|saraya|liwa|martyrs?|fighters|caliphate|party)\b")
NOT_GROUP = re.compile(r"(?i)\b(company|co\.|ltd|llc|limited|trading|exchange|bank|charit\w*|foundation|relief|travel|airlines?|shipping|corporation|inc|establishment|office|hawala|money|finance|financial|holding|holdings|enterprises?|industr\w*|petroleum|oil|gas|investment|services|agency|agencies|university|school|media|tv|radio|news|press|publish\w*|society|association|welfare|aid|humanitarian|fund|council|ministry|government|bureau|intelligence|customs|garden|hotel|mosque|hospital|clinic|import|export|construction|general trading|shipyard)\b")


def title(name):
    name = re.sub(r"\s+", " ", name.strip())
    if name.upper() != name or re.fullmatch(r"[A-Z0-9-]{2,8}", name):
        return name
    words = []
    for i, w in enumerate(name.split(" ")):
        parts = w.split("-")
        out = []
        for j, p in enumerate(parts):
            low = p.lower()
            if (i > 0 or j > 0) and low in PARTICLES:
                out.append(low)
            elif p not in ("AL", "EL") and re.fullmatch(r"[A-Z]{2,5}", p) and not re.search(r"[AEIOU]", p[1:]) or (len(p) <= 4 and p.startswith("(")):
                out.append(p)
            else:
                out.append(p[:1].upper() + p[1:].lower())
        words.append("-".join(out))
    return " ".join(words)


def split_paren(name):
    m = re.match(r"^(.*?)\s*\(([^)]+)\)\s*$", name)
    if m:
        return m.group(1), [m.group(2)]
    return name, []


# Names the reference lists file as aliases of a group although they name another
# organisation: the US lists give the Continuity IRA the name of Republican Sinn Féin, a
# party that the KB curates on its own.
NOT_ALIASES = {"republican sinn fein"}


def good_alias(a):
    a = a.strip().strip("'\"")
    if len(a) < 3 or norm(a) in STOP:
        return False
    if re.fullmatch(r"[A-Z]{2}", a):
        return False
    return any(c.isalpha() for c in a)


def groups(curated_names):
    found = {}

    def add(name, aliases, former, source):
        name, extra = split_paren(title(name))
        # "Ansar al-Shariah (Libya)": a bracketed place says where, it is not another name.
        extra = [x for x in extra if norm(x) not in PLACE_NAMES]
        name = re.sub(r"^(?i:the)\s+", "", name)
        if norm(name) in GENERIC_GROUP_NAMES:
            return
        aliases = [title(a) for a in list(aliases) + extra if norm(a) not in NOT_ALIASES]
        former = [title(f) for f in former]
        if not name or not GROUPISH.search(name + " " + " ".join(aliases)) or NOT_GROUP.search(name):
            return
        names = [name] + aliases + former
        keys = {norm(n) for n in names if n}
        if keys & curated_names:
            return
        for k in keys:
            if k in found:
                e = found[k]
                break
        else:
            e = {"id": slug(name), "name": name, "subkind": "group", "aliases": [], "former_names": [], "sources": []}
        for a in aliases:
            if a != e["name"] and a not in e["aliases"] and good_alias(a) and not NOT_GROUP.search(a):
                e["aliases"].append(a)
        for f in former:
            if good_alias(f) and all(f != x["name"] for x in e["former_names"]):
                e["former_names"].append({"name": f})
        if source not in e["sources"]:
            e["sources"].append(source)
        for n in names:
            if n:
                found[norm(n)] = e

    with open(DATA / "derived/us_fto_from_sdn.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            add(r["name"], [a.strip() for a in r["aliases"].split("|") if a.strip()], [], "US FTO list (OFAC SDN)")
    for line in open(DATA / "derived/ofac_sdgt_fto_entities.jsonl", encoding="utf-8"):
        r = json.loads(line)
        add(r["name"], [a["name"] for a in r["aliases"] if a.get("type") == "aka"],
            [a["name"] for a in r["aliases"] if a.get("type") == "fka"], "OFAC SDGT list")
    for line in open(DATA / "derived/un_sc_entities.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if not r["reference_number"].startswith(("QDe", "TAe", "CDe", "SOe", "YEe", "LYe", "CFe", "MLe", "SSe", "SDe")):
            continue
        parts = [p.strip() for p in r["name"].split(";")]
        add(parts[0], parts[1:] + [a["name"] for a in r["aliases"] if a["quality"] != "f.k.a."],
            [a["name"] for a in r["aliases"] if a["quality"] == "f.k.a."], "UN Security Council consolidated list")
    with open(DATA / "militant/mapping_militants/Militant-Group-Key.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            add(r["name"], [], [], "Stanford Mapping Militant Organizations")
    with open(DATA / "militant/ucdp/ucdp-actor-221.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["Org"] != "1":
                continue
            full = r["NameOrigFullEng"].strip()
            short = r["NameData"].strip()
            if not full or full == "n/a":
                full = short
            aliases = [short] if short != full and re.fullmatch(r"[A-Z][A-Za-z-]{2,7}", short) else []
            add(full, aliases, [], "UCDP Actor Dataset 22.1")
    with open(DATA / "militant/baad/BAAD_ATTR.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            add(r["name"].replace("_", " "), [], [], "BAAD (Asal & Rethemeyer)")
    unique, seen_ids = [], set()
    for e in found.values():
        if id(e) in seen_ids:
            continue
        seen_ids.add(id(e))
        unique.append(e)
    ids = {}
    for e in unique:
        base = e["id"] or "group"
        n = ids.get(base, 0)
        ids[base] = n + 1
        if n:
            e["id"] = f"{base}-{n + 1}"
    return unique


PLACE_NAMES = set()


def curated():
    names = set()
    for p in sorted((ROOT / "kb/curated").glob("*.toml")):
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        for e in data.get("group", []):
            for n in [e["name"]] + e.get("aliases", []) + [f["name"] for f in e.get("former_names", [])]:
                names.add(norm(n))
    return names


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    countries, regions, cities = places()
    for e in countries + regions:
        PLACE_NAMES.add(norm(e["name"]))
        PLACE_NAMES.update(norm(a) for a in e.get("aliases", []))
    write(OUT / "countries.toml", "place", countries)
    write(OUT / "regions.toml", "place", regions)
    write(OUT / "cities.toml", "place", cities)
    write(OUT / "groups.toml", "group", groups(curated()))


if __name__ == "__main__":
    main()
