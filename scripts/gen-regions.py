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
as aliases: `Kotawaringin Timur;Sampit`. They are of two kinds.

data/idn-area/official-names.csv is an overlay on the copied data: seven regencies
and cities the data set spells otherwise than the official Kemendagri list
(`Fak Fak` for Fakfak, `Palangkaraya` for Palangka Raya). The table gets the
official name and keeps the data set's spelling as an alias (`*Palangka
Raya;Palangkaraya`), so text written either way still matches.

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


# Towns by the regency, city or province they lie in (the table's official
# name), `region: town; town`. Source: the seats (ibu kota) of the regencies as
# the laws that formed them name them and as the list of regencies and cities
# of Indonesia (Wikipedia, "Daftar kabupaten dan kota di Indonesia", its
# "Pusat pemerintahan" column) gives them, entered by hand; a seat is left out
# where it is an everyday word or given name (Negara, Sumber, Tanjung, Rantau,
# Pandan, Mulia, Marisa, Anggi) or names another region (Tebing Tinggi,
# Pangkajene, Banggai). Besides seats: Solo (Kota Surakarta), industrial and
# port towns the press names on their own (Cikampek, Cileungsi, Tanjung
# Morawa, Belawan, Cepu, Sorowako), Batam's and Tangerang's districts with
# BPJS Ketenagakerjaan branch offices (Nagoya, Sekupang, Batu Aji, Muka
# Kuning, Serpong, Ciputat, Balaraja, Cikupa) and Jakarta's (Setiabudi,
# Cilandak, Salemba, Rawamangun, Kelapa Gading, Cengkareng, Tanjung Priok,
# Tanah Abang, Kebon Sirih), which the press reads as DKI Jakarta. A branch
# office named `<city> <town>` (`Cabang Bekasi Cikarang`) is the town's
# regency (src/regions/mod.rs).
TOWNS = """
DKI Jakarta: Setiabudi; Cilandak; Salemba; Rawamangun; Kelapa Gading; Cengkareng; Tanjung Priok; Tanah Abang; Kebon Sirih
Kabupaten Aceh Selatan: Tapaktuan
Kabupaten Aceh Tenggara: Kutacane
Kabupaten Aceh Tengah: Takengon
Kabupaten Aceh Barat: Meulaboh
Kabupaten Pidie: Sigli
Kabupaten Simeulue: Sinabang
Kabupaten Aceh Utara: Lhoksukon
Kabupaten Aceh Barat Daya: Blangpidie
Kabupaten Gayo Lues: Blangkejeren
Kabupaten Aceh Jaya: Calang
Kabupaten Tapanuli Utara: Tarutung
Kabupaten Tapanuli Selatan: Sipirok
Kabupaten Langkat: Stabat
Kabupaten Karo: Kabanjahe; Berastagi
Kabupaten Deli Serdang: Lubuk Pakam; Tanjung Morawa
Kabupaten Simalungun: Pematang Raya
Kabupaten Asahan: Kisaran
Kabupaten Labuhanbatu: Rantau Prapat; Rantauprapat
Kabupaten Dairi: Sidikalang
Kabupaten Toba: Balige
Kabupaten Mandailing Natal: Panyabungan
Kabupaten Nias Selatan: Teluk Dalam
Kabupaten Humbang Hasundutan: Dolok Sanggul; Doloksanggul
Kabupaten Samosir: Pangururan
Kabupaten Serdang Bedagai: Sei Rampah
Kabupaten Padang Lawas Utara: Gunung Tua
Kabupaten Padang Lawas: Sibuhuan
Kabupaten Labuhanbatu Selatan: Kotapinang
Kabupaten Labuhanbatu Utara: Aek Kanopan
Kota Medan: Belawan
Kabupaten Pesisir Selatan: Painan
Kabupaten Solok: Arosuka
Kabupaten Tanah Datar: Batusangkar
Kabupaten Agam: Lubuk Basung
Kabupaten Pasaman: Lubuk Sikaping
Kabupaten Kepulauan Mentawai: Tuapejat
Kabupaten Dharmasraya: Pulau Punjung
Kabupaten Solok Selatan: Padang Aro
Kabupaten Kampar: Bangkinang
Kabupaten Indragiri Hulu: Rengat
Kabupaten Indragiri Hilir: Tembilahan
Kabupaten Pelalawan: Pangkalan Kerinci
Kabupaten Rokan Hulu: Pasir Pengaraian
Kabupaten Rokan Hilir: Bagan Siapiapi
Kabupaten Siak: Siak Sri Indrapura
Kabupaten Kuantan Singingi: Teluk Kuantan
Kabupaten Kepulauan Meranti: Selatpanjang; Selat Panjang
Kabupaten Merangin: Bangko
Kabupaten Batanghari: Muara Bulian
Kabupaten Muaro Jambi: Sengeti
Kabupaten Tanjung Jabung Barat: Kuala Tungkal
Kabupaten Tanjung Jabung Timur: Muara Sabak
Kabupaten Bungo: Muara Bungo
Kabupaten Tebo: Muara Tebo
Kabupaten Ogan Komering Ulu: Baturaja
Kabupaten Ogan Komering Ilir: Kayu Agung; Kayuagung
Kabupaten Musi Banyuasin: Sekayu
Kabupaten Banyuasin: Pangkalan Balai
Kabupaten Ogan Komering Ulu Timur: Martapura
Kabupaten Ogan Komering Ulu Selatan: Muaradua
Kabupaten Ogan Ilir: Indralaya
Kabupaten Penukal Abab Lematang Ilir: Talang Ubi
Kabupaten Musi Rawas Utara: Rupit
Kabupaten Bengkulu Selatan: Manna
Kabupaten Rejang Lebong: Curup
Kabupaten Bengkulu Utara: Arga Makmur
Kabupaten Kaur: Bintuhan
Kabupaten Seluma: Tais
Kabupaten Bengkulu Tengah: Karang Tinggi
Kabupaten Lampung Selatan: Kalianda
Kabupaten Lampung Tengah: Gunung Sugih
Kabupaten Lampung Utara: Kotabumi
Kabupaten Lampung Barat: Liwa
Kabupaten Tulang Bawang: Menggala
Kabupaten Tanggamus: Kota Agung
Kabupaten Lampung Timur: Sukadana
Kabupaten Way Kanan: Blambangan Umpu
Kabupaten Pesawaran: Gedong Tataan
Kabupaten Tulang Bawang Barat: Panaragan
Kabupaten Pesisir Barat: Krui
Kabupaten Bangka: Sungailiat
Kabupaten Belitung: Tanjung Pandan; Tanjungpandan
Kabupaten Bangka Selatan: Toboali
Kabupaten Bangka Tengah: Koba
Kabupaten Bangka Barat: Muntok; Mentok
Kabupaten Belitung Timur: Manggar
Kabupaten Karimun: Tanjung Balai Karimun; Tanjungbalai Karimun
Kabupaten Natuna: Ranai
Kabupaten Lingga: Daik
Kabupaten Kepulauan Anambas: Tarempa
Kota Batam: Nagoya; Sekupang; Batu Aji; Muka Kuning
Kabupaten Bogor: Cibinong; Cileungsi
Kabupaten Sukabumi: Pelabuhan Ratu; Palabuhanratu
Kabupaten Bandung: Soreang
Kabupaten Tasikmalaya: Singaparna
Kabupaten Karawang: Cikampek
Kabupaten Bekasi: Cikarang
Kabupaten Bandung Barat: Ngamprah; Padalarang; Lembang
Kabupaten Banyumas: Purwokerto
Kabupaten Magelang: Mungkid; Kota Mungkid
Kabupaten Grobogan: Purwodadi
Kabupaten Blora: Cepu
Kabupaten Semarang: Ungaran; Ambarawa
Kabupaten Pekalongan: Kajen
Kabupaten Tegal: Slawi
Kota Surakarta: Solo
Kabupaten Kulon Progo: Wates
Kabupaten Gunungkidul: Wonosari
Kabupaten Blitar: Kanigoro
Kabupaten Malang: Kepanjen
Kabupaten Probolinggo: Kraksaan
Kabupaten Pasuruan: Bangil
Kabupaten Mojokerto: Mojosari
Kabupaten Madiun: Caruban
Kabupaten Lebak: Rangkasbitung
Kabupaten Tangerang: Tigaraksa; Balaraja; Cikupa
Kota Tangerang Selatan: Serpong; Ciputat
Kabupaten Badung: Mangupura; Kuta; Nusa Dua
Kabupaten Gianyar: Ubud
Kabupaten Klungkung: Semarapura
Kabupaten Karangasem: Amlapura
Kabupaten Buleleng: Singaraja
Kabupaten Lombok Barat: Gerung
Kabupaten Lombok Tengah: Praya
Kabupaten Lombok Timur: Selong
Kabupaten Sumbawa: Sumbawa Besar
Kabupaten Bima: Woha
Kabupaten Sumbawa Barat: Taliwang
Kabupaten Kupang: Oelamasi
Kabupaten Timor Tengah Utara: Kefamenanu
Kabupaten Belu: Atambua
Kabupaten Alor: Kalabahi
Kabupaten Flores Timur: Larantuka
Kabupaten Sikka: Maumere
Kabupaten Ngada: Bajawa
Kabupaten Manggarai: Ruteng
Kabupaten Sumba Timur: Waingapu
Kabupaten Sumba Barat: Waikabubak
Kabupaten Lembata: Lewoleba
Kabupaten Manggarai Barat: Labuan Bajo
Kabupaten Nagekeo: Mbay
Kabupaten Sumba Tengah: Waibakul
Kabupaten Sumba Barat Daya: Tambolaka
Kabupaten Malaka: Betun
Kabupaten Kapuas Hulu: Putussibau
Kabupaten Landak: Ngabang
Kabupaten Melawi: Nanga Pinoh
Kabupaten Kayong Utara: Sukadana
Kabupaten Kubu Raya: Sungai Raya
Kabupaten Kotawaringin Barat: Pangkalan Bun
Kabupaten Kotawaringin Timur: Sampit
Kabupaten Kapuas: Kuala Kapuas
Kabupaten Barito Selatan: Buntok
Kabupaten Barito Utara: Muara Teweh
Kabupaten Katingan: Kasongan
Kabupaten Seruyan: Kuala Pembuang
Kabupaten Lamandau: Nanga Bulik
Kabupaten Gunung Mas: Kuala Kurun
Kabupaten Murung Raya: Puruk Cahu
Kabupaten Barito Timur: Tamiang Layang
Kabupaten Tanah Laut: Pelaihari
Kabupaten Banjar: Martapura
Kabupaten Barito Kuala: Marabahan
Kabupaten Hulu Sungai Selatan: Kandangan
Kabupaten Hulu Sungai Tengah: Barabai
Kabupaten Hulu Sungai Utara: Amuntai
Kabupaten Tanah Bumbu: Batulicin; Batu Licin
Kabupaten Balangan: Paringin
Kabupaten Paser: Tanah Grogot
Kabupaten Kutai Kartanegara: Tenggarong
Kabupaten Berau: Tanjung Redeb
Kabupaten Kutai Barat: Sendawar
Kabupaten Kutai Timur: Sangatta
Kabupaten Penajam Paser Utara: Penajam
Kabupaten Mahakam Ulu: Ujoh Bilang
Kabupaten Bulungan: Tanjung Selor
Kabupaten Tana Tidung: Tideng Pale
Kabupaten Bolaang Mongondow: Lolak
Kabupaten Minahasa: Tondano
Kabupaten Kepulauan Sangihe: Tahuna
Kabupaten Kepulauan Talaud: Melonguane
Kabupaten Minahasa Selatan: Amurang
Kabupaten Minahasa Utara: Airmadidi
Kabupaten Minahasa Tenggara: Ratahan
Kabupaten Bolaang Mongondow Utara: Boroko
Kabupaten Bolaang Mongondow Timur: Tutuyan
Kabupaten Bolaang Mongondow Selatan: Molibagu
Kabupaten Banggai: Luwuk
Kabupaten Morowali: Bungku
Kabupaten Banggai Kepulauan: Salakan
Kabupaten Tojo Una-Una: Ampana
Kabupaten Sigi: Sigi Biromaru
Kabupaten Morowali Utara: Kolonodale
Kabupaten Jeneponto: Bontosunggu
Kabupaten Takalar: Pattallassang
Kabupaten Gowa: Sungguminasa
Kabupaten Bone: Watampone
Kabupaten Soppeng: Watansoppeng
Kabupaten Wajo: Sengkang
Kabupaten Luwu: Belopa
Kabupaten Tana Toraja: Makale
Kabupaten Luwu Utara: Masamba
Kabupaten Luwu Timur: Malili; Sorowako
Kabupaten Toraja Utara: Rantepao
Kabupaten Konawe: Unaaha
Kabupaten Muna: Raha
Kabupaten Buton: Pasarwajo
Kabupaten Konawe Selatan: Andoolo
Kabupaten Bombana: Rumbia
Kabupaten Wakatobi: Wangi-Wangi
Kabupaten Kolaka Utara: Lasusua
Kabupaten Konawe Utara: Wanggudu
Kabupaten Gorontalo: Limboto
Kabupaten Boalemo: Tilamuta
Kabupaten Bone Bolango: Suwawa
Kabupaten Gorontalo Utara: Kwandang
Kabupaten Polewali Mandar: Polewali
Kabupaten Mamuju Tengah: Tobadak
Kabupaten Maluku Tengah: Masohi
Kabupaten Maluku Tenggara: Langgur
Kabupaten Kepulauan Tanimbar: Saumlaki
Kabupaten Buru: Namlea
Kabupaten Seram Bagian Barat: Piru
Kabupaten Kepulauan Aru: Dobo
Kabupaten Maluku Barat Daya: Tiakur
Kabupaten Buru Selatan: Namrole
Kabupaten Halmahera Barat: Jailolo
Kabupaten Halmahera Tengah: Weda
Kabupaten Halmahera Utara: Tobelo
Kabupaten Halmahera Selatan: Labuha
Kabupaten Kepulauan Sula: Sanana
Kabupaten Halmahera Timur: Maba
Kabupaten Pulau Morotai: Daruba
Kabupaten Pulau Taliabu: Bobong
Kota Tidore Kepulauan: Sofifi
Kabupaten Jayapura: Sentani
Kabupaten Kepulauan Yapen: Serui
Kabupaten Biak Numfor: Biak
Kabupaten Keerom: Arso
Kabupaten Teluk Bintuni: Bintuni
Kabupaten Teluk Wondama: Rasiei
Kabupaten Manokwari Selatan: Ransiki
Kabupaten Boven Digoel: Tanah Merah
Kabupaten Asmat: Agats
Kabupaten Paniai: Enarotali
Kabupaten Mimika: Timika
Kabupaten Puncak: Ilaga
Kabupaten Intan Jaya: Sugapa
Kabupaten Jayawijaya: Wamena
Kabupaten Pegunungan Bintang: Oksibil
Kabupaten Yahukimo: Dekai
Kabupaten Tolikara: Karubaga
Kabupaten Nduga: Kenyam
Kabupaten Sorong: Aimas
Kabupaten Sorong Selatan: Teminabuan
Kabupaten Raja Ampat: Waisai
"""


def towns():
    """TOWNS read: {region name: [town, ...]}."""
    out = {}
    for line in TOWNS.strip().splitlines():
        region, names = line.split(":")
        assert region not in out, region
        out[region] = [n.strip() for n in names.split(";")]
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
    by_code = {r["code"]: r for r in regencies}
    for r in provinces + regencies:
        r["aliases"] = []
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
    for region, names in towns().items():
        for n in names:
            assert key(n) not in taken, n
            assert ";" not in n and "|" not in n, n
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
        "// data/idn-area/official-names.csv and the towns of the generator's TOWNS.",
        "// Do not edit by hand.",
        "",
        "/// Provinces in code order, each `>NN|official name` followed by its regencies",
        "/// and cities in code order, one a line: the name without `Kabupaten `, or with",
        "/// `*` for `Kota `, after `MM|` where the code NN.MM does not follow from the row",
        "/// before (regencies count from 01, cities from 71); then other names of the",
        "/// region, each after `;` (the data set's spelling, towns in it).",
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
