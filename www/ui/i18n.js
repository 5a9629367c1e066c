// The page's words in Indonesian (the default) and English, and the one
// function that picks between them. Numbers are always written the Indonesian
// way (format.js), whichever language the labels are in: they must read the
// same as in the article beside them.

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
    split: (n) => `Teks ini berisi ${n} artikel yang dipisahkan garis (--- atau ===).`,
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
    compareFacts: 'Semua angka menurut wilayah dan periode',
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
    split: (n) => `This text holds ${n} articles separated by lines (--- or ===).`,
    splitButton: (n) => `Split into ${n} articles`,
    highlighted: 'Highlighted text',
    highlightedHint: 'Every figure is coloured and labelled with its metric; grey text is not article content. Click a figure to see it in the table.',
    emptyText: 'No text yet. Paste an article in the box above, or pick a sample.',
    analysing: 'Analysing…',
    status: (f, c, bad, ms) => `${f} figures, ${c} checks${bad ? ` (${bad} inconsistent)` : ''} · ${ms} ms`,
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
    compareFacts: 'All figures by region and period',
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
};

const SEGMENTS = {
  all: ['Semua', 'All'],
  formal: ['Penerima upah (PU)', 'Wage earners'],
  informal: ['Bukan penerima upah (BPU)', 'Non-wage earners'],
  construction: ['Jasa konstruksi', 'Construction'],
  migrant: ['Pekerja migran', 'Migrant workers'],
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
};

const REASONS = {
  'headline list': ['daftar judul berita lain', 'list of other headlines'],
  'related-article link': ['tautan berita lain', 'link to another story'],
  'photo caption': ['keterangan foto', 'photo caption'],
  byline: ['penulis / editor', 'byline'],
  tags: ['tag', 'tags'],
  recommendations: ['rekomendasi', 'recommendations'],
  'recommended articles': ['rekomendasi', 'recommended articles'],
  'share prompt': ['ajakan berbagi', 'share prompt'],
  copyright: ['hak cipta', 'copyright'],
  'copyright notice': ['hak cipta', 'copyright notice'],
  advertisement: ['iklan', 'advertisement'],
  'before the dateline': ['sebelum awal berita', 'before the dateline'],
  'embedded media': ['media sisipan', 'embedded media'],
  pagination: ['penomoran halaman', 'pagination'],
  'site navigation': ['navigasi situs', 'site navigation'],
  'source line': ['baris sumber', 'source line'],
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
export const reasonName = (r) => pick(REASONS, r);
export const levelName = (l) => pick(LEVELS, l);
/** A `{id, en}` message from the report, in the current language. */
export const message = (m) => (m ? (lang === 'en' ? m.en : m.id) ?? '' : '');
export const METRIC_KEYS = Object.keys(METRICS);
