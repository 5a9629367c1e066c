// The page's words in Indonesian (the default) and English, and the one
// function that picks between them. One language at a time: every label, the
// furniture reasons and the core's messages come in the page's language, and
// numbers are written in its convention (format.js: Indonesian `610.715` and
// `41,30%`, English `610,715` and `41.30%`), in the core's messages too; only
// the article's own text, shown as it was pasted, keeps its own.

/** `1 check`, `2 checks` (English only has these two forms here). */
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  id: {
    tagline: 'Tempel teks berita tentang BPJS Ketenagakerjaan: angka-angkanya dibaca dan dihitung ulang di peramban Anda. Tidak ada teks yang dikirim ke mana pun.',
    switchTo: 'English',
    switchLabel: 'Switch the page to English',
    samples: 'Contoh artikel:',
    allSamples: 'Kelima contoh',
    articles: 'Artikel',
    addArticle: '+ Artikel baru',
    removeArticle: 'Hapus artikel ini',
    openFiles: 'Buka berkas .txt',
    inputLabel: 'Teks artikel (tempel atau ketik)',
    inputHint: 'Laporan diperbarui saat Anda mengetik.',
    split: (n, by) => (by === 'detected'
      ? `Teks ini tampaknya berisi ${n} artikel (judul, dateline atau tanggal baru ditemukan di tengahnya).`
      : `Teks ini berisi ${n} artikel yang dipisahkan garis (--- atau ===).`),
    splitButton: (n) => `Pisahkan menjadi ${n} artikel`,
    highlighted: 'Teks dengan sorotan',
    highlightedHint: 'Setiap angka diberi warna dan label metriknya; teks abu-abu bukan isi artikel. Klik angka untuk melihatnya di tabel.',
    emptyText: 'Belum ada teks. Tempel berita di kolom di atas, atau pilih contoh.',
    analysing: 'Menganalisis…',
    status: (f, c, bad, ms) => `${f} angka, ${c} pemeriksaan${bad ? ` (${bad} tidak sesuai)` : ''} · ${ms} ms`,
    failed: (m) => `Analisis gagal: ${m}`,
    report: 'Laporan',
    summary: 'Ringkasan',
    coverage: 'Cakupan per wilayah',
    noCoverage: 'Artikel ini tidak menyebut tingkat cakupan atau targetnya.',
    stated: 'tertulis',
    computed: 'dihitung',
    target: 'target',
    nationalTarget: 'target nasional',
    noTarget: 'tanpa target',
    gapPoints: (p) => `kurang ${p} poin dari target`,
    gapWorkers: (n) => `± ${n} pekerja lagi`,
    reached: 'target tercapai',
    checks: 'Pemeriksaan',
    noChecks: 'Tidak ada hitungan yang bisa diperiksa.',
    showInText: 'Lihat di teks',
    facts: 'Angka dalam artikel',
    noFacts: 'Tidak ada angka jaminan sosial yang ditemukan.',
    derived: 'Angka turunan',
    derivedNote: 'Dihitung dari angka artikel, bukan tertulis di artikel.',
    computedBadge: 'dihitung',
    fromFacts: 'dari angka',
    document: 'Tentang artikel',
    notes: 'Catatan',
    cols: {
      n: '#', metric: 'Metrik', value: 'Nilai', region: 'Wilayah', segment: 'Segmen', program: 'Program',
      period: 'Periode', approx: 'Keterangan', sentence: 'Kalimat sumber', article: 'Artikel', message: 'Penjelasan',
    },
    meta: { title: 'Judul', outlet: 'Media', dateline: 'Kota', published: 'Terbit', authors: 'Penulis', editors: 'Editor', dates: 'Tanggal disebut' },
    noRegion: '(wilayah tidak disebut)',
    compare: 'Perbandingan artikel',
    compareHint: 'Muncul bila ada dua artikel atau lebih.',
    compareCoverage: 'Cakupan yang sama dari artikel berbeda',
    compareFacts: 'Semua angka menurut wilayah (tiap angka dengan periodenya)',
    noPeriod: '—',
    export: 'Ekspor',
    csvFacts: 'Angka (CSV)',
    csvChecks: 'Pemeriksaan (CSV)',
    json: 'Semua (JSON)',
    copy: 'Salin laporan',
    copied: 'Laporan disalin ke papan klip.',
    copyFailed: 'Gagal menyalin; pilih dan salin teks laporan secara manual.',
    print: 'Cetak',
    furniture: 'bukan isi artikel',
    language: 'Bahasa',
    untitled: (n) => `Artikel ${n}`,
    skip: 'Langsung ke laporan',
    tableOf: (x) => `Tabel: ${x}`,
    showMore: (n) => `Tampilkan ${n} lagi`,
    nChecks: (n) => `${n} pemeriksaan`,
    disputed: (ns) => `dipersoalkan pemeriksaan ${ns.join(', ')}`,
    disputedShort: 'dipersoalkan pemeriksaan',
    printTool: (date) => `cakupan · angka jaminan sosial ketenagakerjaan, diperiksa di peramban · dicetak ${date}`,
    csvSep: 'Pemisah CSV',
    sepSemicolon: '; (koma desimal)',
    sepComma: ', (titik desimal)',
    compareLink: (n) => `Bandingkan ${n} artikel`,
    differs: 'berbeda',
    differsNote: 'Angka berbeda untuk wilayah, periode dan metrik yang sama.',
    taglineShort: 'Periksa angka BPJS dalam berita, di peramban Anda.',
    exportNothing: 'Belum ada laporan untuk diekspor.',
    nFigures: (n) => `${n} angka`,
    offline: 'Halaman ini tersedia tanpa jaringan setelah kunjungan pertama.',
  },
  en: {
    tagline: 'Paste a news article about BPJS Ketenagakerjaan: its figures are read and recomputed in your browser. No text is sent anywhere.',
    switchTo: 'Bahasa Indonesia',
    switchLabel: 'Ganti bahasa halaman ke Bahasa Indonesia',
    samples: 'Sample articles:',
    allSamples: 'All five samples',
    articles: 'Articles',
    addArticle: '+ New article',
    removeArticle: 'Remove this article',
    openFiles: 'Open .txt files',
    inputLabel: 'Article text (paste or type)',
    inputHint: 'The report updates as you type.',
    split: (n, by) => (by === 'detected'
      ? `This text seems to hold ${n} articles (a new headline, dateline or date bar starts inside it).`
      : `This text holds ${n} articles separated by lines (--- or ===).`),
    splitButton: (n) => `Split into ${n} articles`,
    highlighted: 'Highlighted text',
    highlightedHint: 'Every figure is coloured and labelled with its metric; grey text is not article content. Click a figure to see it in the table.',
    emptyText: 'No text yet. Paste an article in the box above, or pick a sample.',
    analysing: 'Analysing…',
    status: (f, c, bad, ms) => `${plural(f, 'figure', 'figures')}, ${plural(c, 'check', 'checks')}${bad ? ` (${bad} inconsistent)` : ''} · ${ms} ms`,
    failed: (m) => `Analysis failed: ${m}`,
    report: 'Report',
    summary: 'Summary',
    coverage: 'Coverage by region',
    noCoverage: 'This article states no coverage rate or target.',
    stated: 'stated',
    computed: 'computed',
    target: 'target',
    nationalTarget: 'national target',
    noTarget: 'no target',
    gapPoints: (p) => `${p} points short of target`,
    gapWorkers: (n) => `± ${n} more workers`,
    reached: 'target reached',
    checks: 'Checks',
    noChecks: 'Nothing in this text can be recomputed.',
    showInText: 'Show in text',
    facts: 'Figures in the article',
    noFacts: 'No social security figures were found.',
    derived: 'Derived figures',
    derivedNote: 'Computed from the article’s figures, not stated in it.',
    computedBadge: 'computed',
    fromFacts: 'from figures',
    document: 'About the article',
    notes: 'Notes',
    cols: {
      n: '#', metric: 'Metric', value: 'Value', region: 'Region', segment: 'Segment', program: 'Programme',
      period: 'Period', approx: 'Qualifier', sentence: 'Source sentence', article: 'Article', message: 'Explanation',
    },
    meta: { title: 'Title', outlet: 'Outlet', dateline: 'Dateline', published: 'Published', authors: 'Authors', editors: 'Editors', dates: 'Dates mentioned' },
    noRegion: '(no region named)',
    compare: 'Comparing articles',
    compareHint: 'Shown when there are two articles or more.',
    compareCoverage: 'The same region’s coverage in different articles',
    compareFacts: 'All figures by region (each with its period)',
    noPeriod: '—',
    export: 'Export',
    csvFacts: 'Figures (CSV)',
    csvChecks: 'Checks (CSV)',
    json: 'Everything (JSON)',
    copy: 'Copy report',
    copied: 'Report copied to the clipboard.',
    copyFailed: 'Could not copy; select and copy the report by hand.',
    print: 'Print',
    furniture: 'not article content',
    language: 'Language',
    untitled: (n) => `Article ${n}`,
    skip: 'Skip to the report',
    tableOf: (x) => `Table: ${x}`,
    showMore: (n) => `Show ${n} more`,
    nChecks: (n) => plural(n, 'check', 'checks'),
    disputed: (ns) => `disputed by check${ns.length === 1 ? '' : 's'} ${ns.join(', ')}`,
    disputedShort: 'disputed by a check',
    printTool: (date) => `cakupan · workers’ social security figures, checked in the browser · printed ${date}`,
    csvSep: 'CSV separator',
    sepSemicolon: '; (decimal comma)',
    sepComma: ', (decimal point)',
    compareLink: (n) => `Compare ${n} articles`,
    differs: 'differs',
    differsNote: 'Different figures for the same region, period and metric.',
    taglineShort: 'Check the BPJS figures in a news story, in your browser.',
    exportNothing: 'No report to export yet.',
    nFigures: (n) => plural(n, 'figure', 'figures'),
    offline: 'This page works without a network after the first visit.',
  },
};

const METRICS = {
  workforce: ['Angkatan kerja', 'Workforce'],
  participants: ['Peserta', 'Participants'],
  coverage_rate: ['Tingkat cakupan', 'Coverage rate'],
  uncovered: ['Belum terlindungi', 'Not covered'],
  uncovered_rate: ['% belum terlindungi', 'Uncovered rate'],
  target_rate: ['Target cakupan', 'Coverage target'],
  target_participants: ['Target peserta', 'Participant target'],
  employers: ['Pemberi kerja', 'Employers'],
  projects: ['Proyek konstruksi', 'Construction projects'],
  contributions: ['Iuran', 'Contributions'],
  dues: ['Iuran per orang', 'Dues per person'],
  benefits_paid: ['Klaim dibayar', 'Benefits paid'],
  beneficiaries: ['Penerima manfaat', 'Beneficiaries'],
  growth_rate: ['Pertumbuhan', 'Growth rate'],
  to_register: ['Masih harus didaftarkan', 'Still to register'],
  target_gap: ['Jarak ke target', 'Gap to target'],
};

const SEGMENTS = {
  all: ['Semua', 'All'],
  formal: ['Penerima upah (PU)', 'Wage earners'],
  informal: ['Bukan penerima upah (BPU)', 'Non-wage earners'],
  construction: ['Jasa konstruksi', 'Construction'],
  migrant: ['Pekerja migran', 'Migrant workers'],
  pbi: ['Penerima bantuan iuran (PBI)', 'Subsidised members (PBI)'],
};

const PROGRAMS = { all: ['Semua program', 'All programmes'], beasiswa: ['Beasiswa', 'Scholarships'] };

const APPROX = {
  exact: ['', ''],
  about: ['sekitar', 'about'],
  over: ['lebih dari', 'over'],
  under: ['kurang dari', 'under'],
  up_to: ['hingga', 'up to'],
};

const STATUS = {
  inconsistent: ['Tidak sesuai', 'Inconsistent'],
  warning: ['Perlu dicek', 'Needs a look'],
  consistent: ['Sesuai', 'Consistent'],
};

const KINDS = {
  coverage: ['Cakupan', 'Coverage'],
  difference: ['Selisih', 'Difference'],
  complement: ['Sisanya', 'Complement'],
  parts_sum: ['Jumlah bagian', 'Parts and total'],
  growth: ['Pertumbuhan', 'Growth'],
  target_gap: ['Jarak ke target', 'Gap to target'],
  weekday: ['Hari dan tanggal', 'Weekday and date'],
  restatement: ['Angka yang diulang', 'Restated figure'],
};

// Why a block is not article content: every reason code the core gives
// (src/furniture.rs, src/furniture/labels.rs), in both languages. A code not
// listed here (a newer core) shows the general words, never the code.
const REASONS = {
  'before the article': ['sebelum isi berita', 'before the article'],
  'after the article': ['setelah isi berita', 'after the article'],
  'headline list': ['daftar judul berita lain', 'list of other headlines'],
  'site date bar': ['tanggal situs', 'site date bar'],
  'publication date': ['tanggal terbit', 'publication date'],
  'repeated text': ['teks berulang', 'repeated text'],
  'repeats a photo caption': ['keterangan foto berulang', 'repeated photo caption'],
  'related-article link': ['tautan berita lain', 'link to another story'],
  'photo caption': ['keterangan foto', 'photo caption'],
  byline: ['penulis / editor', 'byline'],
  tags: ['tag', 'tags'],
  'recommended articles': ['rekomendasi', 'recommended articles'],
  recommendations: ['rekomendasi', 'recommendations'],
  'share prompt': ['ajakan berbagi', 'share prompt'],
  copyright: ['hak cipta', 'copyright'],
  'copyright notice': ['hak cipta', 'copyright notice'],
  advertisement: ['iklan', 'advertisement'],
  'embedded media': ['media sisipan', 'embedded media'],
  pagination: ['penomoran halaman', 'pagination'],
  'site navigation': ['navigasi situs', 'site navigation'],
  'source line': ['baris sumber', 'source line'],
  'closing initials': ['inisial penulis', 'writer’s initials'],
  'summary box': ['kotak ringkasan', 'summary box'],
  'view counter': ['jumlah pembaca', 'view counter'],
  fragment: ['potongan teks', 'text fragment'],
  'before the dateline': ['sebelum awal berita', 'before the dateline'],
};

const LEVELS = {
  nation: ['nasional', 'nation'],
  area: ['wilayah BPJS', 'BPJS area'],
  province: ['provinsi', 'province'],
  regency: ['kabupaten', 'regency'],
  city: ['kota', 'city'],
};

let lang = 'id';

export const getLang = () => lang;
export function setLang(l) { lang = l === 'en' ? 'en' : 'id'; }

/** The word for `key` in the current language; functions are called with `args`. */
export function t(key, ...args) {
  const w = WORDS[lang][key];
  return typeof w === 'function' ? w(...args) : w;
}

export const col = (key) => WORDS[lang].cols[key];
export const metaLabel = (key) => WORDS[lang].meta[key];

const pick = (table, key) => {
  const pair = table[key];
  return pair ? pair[lang === 'en' ? 1 : 0] : key ?? '';
};

export const metricName = (m) => pick(METRICS, m);
export const segmentName = (s) => pick(SEGMENTS, s);
export const programName = (p) => (p == null ? '' : PROGRAMS[p] ? pick(PROGRAMS, p) : p);
export const approxName = (a) => pick(APPROX, a ?? 'exact');
export const statusName = (s) => pick(STATUS, s);
export const kindName = (k) => pick(KINDS, k);
export const reasonName = (r) => (REASONS[r] ? pick(REASONS, r) : t('furniture'));
export const levelName = (l) => pick(LEVELS, l);

const DAY_NAMES = {
  senin: ['Senin', 'Monday'], selasa: ['Selasa', 'Tuesday'], rabu: ['Rabu', 'Wednesday'], kamis: ['Kamis', 'Thursday'],
  jumat: ['Jumat', 'Friday'], "jum'at": ['Jumat', 'Friday'], sabtu: ['Sabtu', 'Saturday'], minggu: ['Minggu', 'Sunday'],
  ahad: ['Minggu', 'Sunday'], monday: ['Senin', 'Monday'], tuesday: ['Selasa', 'Tuesday'], wednesday: ['Rabu', 'Wednesday'],
  thursday: ['Kamis', 'Thursday'], friday: ['Jumat', 'Friday'], saturday: ['Sabtu', 'Saturday'], sunday: ['Minggu', 'Sunday'],
};
/** A weekday's name in the page's language (`Senin` ↔ `Monday`). */
export const dayName = (d) => (d ? (DAY_NAMES[String(d).toLowerCase()]?.[lang === 'en' ? 1 : 0] ?? d) : '');

// --- numbers inside the core's messages ------------------------------------
// The core writes each message's own numbers in its language's convention,
// and quotes the stated figure as the article printed it ("610.715"). Those
// quotes are rewritten to the page's convention too, so an English message
// does not show 610,715 beside "610.715". The article's convention is its
// language's (`setArticleLanguage`); a figure that does not parse in it is
// left as printed.

let articleLang = 'id';
/** The language of the article whose messages are shown next (its `document.language`). */
export function setArticleLanguage(l) { articleLang = l === 'en' ? 'en' : 'id'; }

const VALID = {
  id: /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$/,
  en: /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/,
};

/** `610.715` → `610,715` and `24,22` → `24.22` (and back), for a figure written in `from`'s convention. */
export function convertNumber(token, from, to) {
  if (from === to || !VALID[from].test(token)) return token;
  return token.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** `text` with the figures inside its quotes converted from the article's convention to the page's. */
export function localizeQuotes(text, from = articleLang, to = lang) {
  if (from === to || !text) return text;
  return text.replace(/"[^"]*"|“[^”]*”/g, (q) => q.replace(/\d[\d.,]*\d|\d/g, (n) => convertNumber(n, from, to)));
}

/** A `{id, en}` message from the report, in the current language, quotes in its convention. */
export const message = (m, from = articleLang) => (m ? localizeQuotes((lang === 'en' ? m.en : m.id) ?? '', from) : '');
export const METRIC_KEYS = Object.keys(METRICS);
