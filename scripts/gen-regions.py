#!/usr/bin/env python3
"""Regenerates src/regions/table.rs from data/idn-area/*.csv.

Run from the repository root:  python3 scripts/gen-regions.py
With --check it only verifies that the committed table is up to date (exit 1 if not).

The table is one string constant, one row per line, so the WebAssembly module
carries the names once as plain bytes instead of ~550 static structs;
src/regions/mod.rs parses it once, on first use. To keep the module small each
province's row (`>63|Kalimantan Selatan`) is followed by its regencies and
cities, each row giving the name without its `Kabupaten ` prefix, or with `*`
for `Kota `, and the code's second part only where it does not follow from the
row before: regencies count up from 01 and cities from 71 within a province
(`Tanah Laut` then `Kotabaru` are 63.01 and 63.02; `*Banjarmasin` is 63.71 Kota
Banjarmasin; `10|Tapin` breaks the count). Of 514 rows, 14 carry a code. The
decoder in src/regions/mod.rs rebuilds the official names and codes.

A row may end in other names of its region after `;`, which the decoder reads
as aliases: `Kotawaringin Timur;Kotim;Sampit`. They are of three kinds; the
table carries them so that they need no code of their own to say where they
belong.

data/idn-area/official-names.csv is an overlay on the copied data: seven regencies
and cities the data set spells otherwise than the official Kemendagri list
(`Fak Fak` for Fakfak, `Palangkaraya` for Palangka Raya). The table gets the
official name and keeps the data set's spelling as an alias (`*Palangka
Raya;Palangkaraya`), so text written either way still matches.

ALIASES below are the short and variant names people write (`Kalsel`,
`Jatim`, `Kotim`, `HSS`), written by hand. (`Sumatra` for `Sumatera` needs no
alias: the matcher reads the one as the other.)

TOWNS below are towns that name their regency in the news without being its
name: the regency's seat (ibu kota kabupaten) where it differs from the
regency's name, and a few other towns and districts known by their own name.
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "idn-area"
OUT = ROOT / "src" / "regions" / "table.rs"


# Two provinces are written in the table as Statistics Indonesia (BPS) and news
# text write them; the data set's long forms stay as aliases in src/regions/mod.rs.
SHORT_NAMES = {
    "31": ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
    "34": ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
}


# Short and variant names of provinces, regencies and cities, by the table's
# official name: `region: name; name`. Written by hand, not part of the data set.
ALIASES = """
Aceh: NAD; Nanggroe Aceh Darussalam
Sumatera Utara: Sumut
Kabupaten Tapanuli Tengah: Tapteng
Kabupaten Tapanuli Utara: Taput
Kabupaten Tapanuli Selatan: Tapsel
Kabupaten Mandailing Natal: Madina
Kabupaten Humbang Hasundutan: Humbahas
Sumatera Barat: Sumbar
Kabupaten Indragiri Hulu: Inhu
Kabupaten Indragiri Hilir: Inhil
Kabupaten Rokan Hulu: Rohul
Kabupaten Rokan Hilir: Rohil
Kabupaten Kuantan Singingi: Kuansing
Kabupaten Tanjung Jabung Barat: Tanjabbar
Kabupaten Tanjung Jabung Timur: Tanjabtim
Sumatera Selatan: Sumsel
Kabupaten Ogan Komering Ulu: OKU
Kabupaten Ogan Komering Ilir: OKI
Kabupaten Musi Banyuasin: Muba
Kabupaten Ogan Komering Ulu Timur: OKU Timur; OKUT
Kabupaten Ogan Komering Ulu Selatan: OKU Selatan; OKUS
Kabupaten Penukal Abab Lematang Ilir: PALI
Kabupaten Musi Rawas Utara: Muratara
Kabupaten Lampung Selatan: Lamsel
Kabupaten Lampung Tengah: Lamteng
Kabupaten Lampung Utara: Lampura
Kabupaten Lampung Barat: Lambar
Kabupaten Lampung Timur: Lamtim
Kabupaten Tulang Bawang Barat: Tubaba
Kepulauan Bangka Belitung: Babel; Bangka Belitung
Kepulauan Riau: Kepri
DKI Jakarta: DKI; Jakarta; Daerah Khusus Ibukota Jakarta; Daerah Khusus Jakarta; DKJ; Special Capital Region of Jakarta
Kota Jakarta Pusat: Jakpus
Kota Jakarta Utara: Jakut
Kota Jakarta Barat: Jakbar
Kota Jakarta Selatan: Jaksel
Kota Jakarta Timur: Jaktim
Jawa Barat: Jabar
Kabupaten Bandung Barat: KBB
Jawa Tengah: Jateng
DI Yogyakarta: DIY; Daerah Istimewa Yogyakarta; Yogyakarta; Jogja; Yogya; Jogjakarta; Special Region of Yogyakarta; Yogyakarta Special Region
Jawa Timur: Jatim
Kota Tangerang Selatan: Tangsel
Nusa Tenggara Barat: NTB
Kabupaten Lombok Barat: Lobar
Kabupaten Lombok Tengah: Loteng
Kabupaten Lombok Timur: Lotim
Kabupaten Sumbawa Barat: KSB
Kabupaten Lombok Utara: KLU
Nusa Tenggara Timur: NTT
Kabupaten Timor Tengah Selatan: TTS
Kabupaten Timor Tengah Utara: TTU
Kabupaten Manggarai Barat: Mabar
Kabupaten Sumba Barat Daya: SBD
Kalimantan Barat: Kalbar
Kabupaten Kubu Raya: KKR
Kalimantan Tengah: Kalteng
Kabupaten Kotawaringin Barat: Kobar
Kabupaten Kotawaringin Timur: Kotim
Kabupaten Barito Selatan: Barsel
Kabupaten Barito Utara: Barut
Kabupaten Gunung Mas: Gumas
Kabupaten Pulang Pisau: Pulpis
Kabupaten Barito Timur: Bartim
Kalimantan Selatan: Kalsel
Kabupaten Tanah Laut: Tala
Kabupaten Barito Kuala: Batola
Kabupaten Hulu Sungai Selatan: HSS
Kabupaten Hulu Sungai Tengah: HST
Kabupaten Hulu Sungai Utara: HSU
Kabupaten Tanah Bumbu: Tanbu
Kalimantan Timur: Kaltim
Kabupaten Kutai Kartanegara: Kukar
Kabupaten Kutai Barat: Kubar
Kabupaten Kutai Timur: Kutim
Kabupaten Penajam Paser Utara: PPU
Kabupaten Mahakam Ulu: Mahulu
Kalimantan Utara: Kaltara
Sulawesi Utara: Sulut
Kabupaten Bolaang Mongondow: Bolmong
Kabupaten Minahasa Selatan: Minsel
Kabupaten Minahasa Utara: Minut
Sulawesi Tengah: Sulteng
Sulawesi Selatan: Sulsel
Kabupaten Kepulauan Selayar: Selayar
Kabupaten Pangkajene dan Kepulauan: Pangkep
Kabupaten Sidenreng Rappang: Sidrap
Sulawesi Tenggara: Sultra
Sulawesi Barat: Sulbar
Maluku Utara: Malut
Papua Barat: Pabar
Papua Barat Daya: PBD
"""

# Towns by the regency, city or province they lie in (the table's official
# name), `region: town; town`. Source: the seats (ibu kota) of the regencies as
# the laws that formed them name them, and as the list of regencies and cities
# of Indonesia (Wikipedia, "Daftar kabupaten dan kota di Indonesia", its
# "Pusat pemerintahan" column) gives them, entered by hand. The list is a
# selection, kept small for the regions stage's size limit
# (scripts/size-regions.sh; about 5 bytes gzip a town): seats that differ
# from the regency's name where the press names the town on its own, most of
# them seats of BPJS Ketenagakerjaan branch offices (`Sampit`, `Batulicin`,
# `Cikarang`, `Purwokerto`, `Timika`), across every island; not seats that
# are everyday words or given names (Negara, Sumber, Tanjung, Rantau, Pandan,
# Mulia, Marisa) or that name another region (Tebing Tinggi, Pangkajene).
# Besides seats: Solo (Kota Surakarta), industrial and port towns (Cikampek,
# Cileungsi, Tanjung Morawa, Belawan, Cepu, Weda), districts of Batam and
# Tangerang with branch offices (Nagoya, Muka Kuning, Serpong, Balaraja,
# Cikupa), and Jakarta's (Setiabudi, Cilandak, Tanjung Priok), which the press
# reads as DKI Jakarta. A branch office named `<city> <town>` (`Cabang Bekasi
# Cikarang`) is the town's regency (src/regions/mod.rs).
TOWNS = """
DKI Jakarta: Setiabudi; Cilandak; Tanjung Priok
Kabupaten Aceh Tengah: Takengon
Kabupaten Aceh Barat: Meulaboh
Kabupaten Karo: Kabanjahe
Kabupaten Deli Serdang: Lubuk Pakam; Tanjung Morawa
Kabupaten Asahan: Kisaran
Kabupaten Labuhanbatu: Rantau Prapat
Kabupaten Toba: Balige
Kota Medan: Belawan
Kabupaten Tanah Datar: Batusangkar
Kabupaten Kampar: Bangkinang
Kabupaten Indragiri Hulu: Rengat
Kabupaten Indragiri Hilir: Tembilahan
Kabupaten Pelalawan: Pangkalan Kerinci
Kabupaten Merangin: Bangko
Kabupaten Tanjung Jabung Barat: Kuala Tungkal
Kabupaten Bungo: Muara Bungo
Kabupaten Ogan Komering Ulu: Baturaja
Kabupaten Ogan Komering Ilir: Kayu Agung
Kabupaten Musi Banyuasin: Sekayu
Kabupaten Rejang Lebong: Curup
Kabupaten Lampung Selatan: Kalianda
Kabupaten Lampung Utara: Kotabumi
Kabupaten Bangka: Sungailiat
Kabupaten Belitung: Tanjung Pandan
Kabupaten Karimun: Tanjung Balai Karimun
Kota Batam: Nagoya; Muka Kuning
Kabupaten Bogor: Cibinong; Cileungsi
Kabupaten Sukabumi: Pelabuhan Ratu
Kabupaten Bandung: Soreang
Kabupaten Karawang: Cikampek
Kabupaten Bekasi: Cikarang
Kabupaten Bandung Barat: Padalarang
Kabupaten Banyumas: Purwokerto
Kabupaten Grobogan: Purwodadi
Kabupaten Blora: Cepu
Kabupaten Semarang: Ungaran
Kabupaten Tegal: Slawi
Kota Surakarta: Solo
Kabupaten Gunungkidul: Wonosari
Kabupaten Malang: Kepanjen
Kabupaten Pasuruan: Bangil
Kabupaten Lebak: Rangkasbitung
Kabupaten Tangerang: Tigaraksa; Balaraja; Cikupa
Kota Tangerang Selatan: Serpong
Kabupaten Badung: Mangupura; Kuta
Kabupaten Buleleng: Singaraja
Kabupaten Lombok Tengah: Praya
Kabupaten Lombok Timur: Selong
Kabupaten Sumbawa: Sumbawa Besar
Kabupaten Belu: Atambua
Kabupaten Sikka: Maumere
Kabupaten Manggarai Barat: Labuan Bajo
Kabupaten Kubu Raya: Sungai Raya
Kabupaten Kotawaringin Barat: Pangkalan Bun
Kabupaten Kotawaringin Timur: Sampit
Kabupaten Kapuas: Kuala Kapuas
Kabupaten Barito Utara: Muara Teweh
Kabupaten Tanah Laut: Pelaihari
Kabupaten Banjar: Martapura
Kabupaten Hulu Sungai Selatan: Kandangan
Kabupaten Hulu Sungai Tengah: Barabai
Kabupaten Hulu Sungai Utara: Amuntai
Kabupaten Tanah Bumbu: Batulicin; Batu Licin
Kabupaten Paser: Tanah Grogot
Kabupaten Kutai Kartanegara: Tenggarong
Kabupaten Berau: Tanjung Redeb
Kabupaten Kutai Timur: Sangatta
Kabupaten Bulungan: Tanjung Selor
Kabupaten Minahasa Utara: Airmadidi
Kabupaten Banggai: Luwuk
Kabupaten Morowali: Bungku
Kabupaten Gowa: Sungguminasa
Kabupaten Bone: Watampone
Kabupaten Wajo: Sengkang
Kabupaten Toraja Utara: Rantepao
Kabupaten Luwu Timur: Malili
Kabupaten Muna: Raha
Kabupaten Polewali Mandar: Polewali
Kabupaten Maluku Tengah: Masohi
Kabupaten Halmahera Tengah: Weda
Kabupaten Halmahera Utara: Tobelo
Kota Tidore Kepulauan: Sofifi
Kabupaten Jayapura: Sentani
Kabupaten Mimika: Timika
Kabupaten Jayawijaya: Wamena
Kabupaten Sorong: Aimas
"""


def by_region(text):
    """ALIASES or TOWNS read: {region name: [name, ...]}."""
    out = {}
    for line in text.strip().splitlines():
        region, names = line.split(":")
        assert region not in out, region
        out[region] = [n.strip() for n in names.split(";")]
        assert all(n and ";" not in n and "|" not in n for n in out[region]), line
    return out


def key(name):
    """A name as the matcher compares it: words lowercased, hyphens as spaces."""
    return " ".join(name.replace("-", " ").lower().split())


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rust_str(lines):
    body = "\n".join(lines)
    assert '"' not in body and "\\" not in body
    assert all(l.count("|") <= 1 for l in lines)
    return '"\\\n' + body + '"'


def table_rows(provinces, regencies):
    out = []
    for p in provinces:
        out.append(">" + p["code"] + "|" + ";".join([p["name"]] + p["aliases"]))
        expected = {"*": 71, "": 1}
        for r in regencies:
            if r["province_code"] != p["code"]:
                continue
            name = r["name"]
            short = "*" + name[len("Kota ") :] if name.startswith("Kota ") else name[len("Kabupaten ") :]
            short = ";".join([short] + r["aliases"])
            sub = r["code"].split(".", 1)[1]
            kind = short[:1] if short.startswith("*") else ""
            assert len(sub) == 2 and sub.isdigit(), r
            out.append(short if int(sub) == expected[kind] else sub + "|" + short)
            expected[kind] = int(sub) + 1
    return out


def main():
    provinces = rows("provinces.csv")
    regencies = rows("regencies.csv")
    assert len(provinces) == 38, len(provinces)
    assert len(regencies) == 514, len(regencies)
    for p in provinces:
        if p["code"] in SHORT_NAMES:
            long, short = SHORT_NAMES[p["code"]]
            assert p["name"] == long, p
            p["name"] = short
    # DKI Jakarta's administrative cities and regency as BPS and the press
    # write them (`Kota Jakarta Utara`); `Administrasi ...` stays an alias.
    for r in regencies:
        for kind in ("Kota ", "Kabupaten "):
            if r["province_code"] == "31" and r["name"].startswith(kind + "Administrasi "):
                r["name"] = kind + r["name"][len(kind + "Administrasi "):]
                r["bps_alias"] = "Administrasi " + r["name"][len(kind):]
    by_code = {r["code"]: r for r in regencies}
    for r in provinces + regencies:
        r["aliases"] = [r.pop("bps_alias")] if "bps_alias" in r else []
    for o in rows("official-names.csv"):
        r = by_code[o["code"]]
        assert r["name"] == o["name"], (r, o)
        assert o["official_name"].split(" ", 1)[0] == o["name"].split(" ", 1)[0], o
        r["name"] = o["official_name"]
        # (Not when the names differ only by case or a hyphen, which the
        # matcher ignores anyway: `Tojo Una Una`.)
        if key(o["name"]) != key(o["official_name"]):
            r["aliases"].append(o["name"].split(" ", 1)[1])
    by_name = {r["name"]: r for r in provinces + regencies}
    # A town must not be spelled like a region of the table (it would shadow it).
    taken = {key(r["name"].split(" ", 1)[1] if r in regencies else r["name"]) for r in provinces + regencies}
    for region, names in by_region(ALIASES).items():
        by_name[region]["aliases"].extend(names)
    for region, names in by_region(TOWNS).items():
        for n in names:
            assert key(n) not in taken, n
        by_name[region]["aliases"].extend(names)
    codes = {p["code"] for p in provinces}
    for r in regencies:
        assert r["province_code"] in codes, r
        assert r["code"].startswith(r["province_code"] + "."), r
        assert r["name"].startswith(("Kabupaten ", "Kota ")), r
    out = [
        "// @generated by scripts/gen-regions.py from data/idn-area/provinces.csv and",
        "// data/idn-area/regencies.csv (npm idn-area-data 4.0.1, by Fityan, ODbL 1.0:",
        "// see data/idn-area/README.md and LICENSE.md), with the official names of",
        "// data/idn-area/official-names.csv and the generator's ALIASES and TOWNS.",
        "// Do not edit by hand.",
        "",
        "/// Provinces in code order, each `>NN|official name` followed by its regencies",
        "/// and cities in code order, one a line: the name without `Kabupaten `, or with",
        "/// `*` for `Kota `, after `MM|` where the code NN.MM does not follow from the row",
        "/// before (regencies count from 01, cities from 71); then other names of the",
        "/// region, each after `;` (the data set's spelling, short names, towns in it).",
        "pub(super) const TABLE: &str = " + rust_str(table_rows(provinces, regencies)) + ";",
        "",
    ]
    text = "\n".join(out)
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python3 scripts/gen-regions.py", file=sys.stderr)
            sys.exit(1)
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(provinces)} provinces, {len(regencies)} regencies and cities")


if __name__ == "__main__":
    main()
