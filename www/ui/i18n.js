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
    disputed: (ns) => `dibantah pemeriksaan ${ns.join(', ')}`,
    disputedShort: 'dibantah pemeriksaan',
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

// --- Corrections, persistence, trust marks and the HTML report (issue 15,
// and the page parts of 13, 14 and 16). Added words only: the tables above
// are extended here, never changed.

Object.assign(WORDS.id, {
  colEdit: 'Koreksi',
  edit: 'Ubah',
  editFact: (n) => `Ubah angka #${n}`,
  editorTitle: (n) => `Koreksi angka #${n}`,
  fieldMetric: 'Metrik',
  fieldValue: 'Nilai',
  fieldApprox: 'Keterangan',
  fieldRegion: 'Wilayah',
  fieldSegment: 'Segmen',
  fieldProgram: 'Program',
  fieldPeriod: 'Periode',
  fieldTargetYear: 'Tahun target',
  valueHint: 'Format Indonesia: 4.694.064 · 41,30 · 2,9 juta',
  regionHint: 'Ketik untuk saran; kosongkan bila tidak disebut.',
  periodHint: 'Mis. “Agu 2023”, “Jan–Agu 2023”, “31 Des 2021”; kosongkan bila tidak disebut.',
  noProgram: '(tanpa program)',
  close: 'Tutup',
  removeFact: 'Bukan statistik',
  revertFact: 'Kembali ke bacaan awal',
  revertAll: 'Kembalikan bacaan awal artikel ini',
  edited: 'diubah',
  added: 'ditambahkan',
  originalWas: (x) => `bacaan awal: ${x}`,
  undo: 'Urungkan',
  redo: 'Ulangi',
  editsCount: (n) => `${n} koreksi pada artikel ini`,
  invalidValue: 'Bukan angka. Tulis misalnya 4.694.064 atau 41,30.',
  invalidRegion: 'Wilayah tidak dikenal. Pilih salah satu saran.',
  invalidPeriod: 'Periode tidak terbaca. Tulis misalnya “Agu 2023” atau “Jan–Agu 2023”.',
  invalidYear: 'Tulis tahun dengan empat angka, atau kosongkan.',
  recheckFailed: (m) => `Hitung ulang gagal: ${m}`,
  addFact: '+ Tambah angka',
  addTitle: 'Tambah angka yang terlewat',
  addTextLabel: 'Angka seperti tertulis di teks',
  addHint: 'Atau pilih kata-kata di teks bersorot, lalu tekan “Jadikan angka”.',
  addSubmit: 'Tambahkan',
  addNotFound: 'Angka itu tidak ada di teks; ditambahkan tanpa letak.',
  noFigure: 'Tidak ada angka di situ.',
  addFromSelection: (s) => `Jadikan angka: “${s}”`,
  makeFact: 'Jadikan angka',
  makeFactOf: (s) => `Jadikan “${s}” angka`,
  quietHint: 'Angka bergaris titik tidak dibaca sebagai statistik; fokus atau arahkan kursor untuk melihat alasannya. Garis putus jingga: mungkin terlewat.',
  notUnderstood: 'mungkin terlewat',
  because: 'Mengapa dibaca begini',
  roles: { metric: 'metrik', region: 'wilayah', segment: 'segmen', program: 'program', period: 'periode', restates: 'mengulang' },
  confidenceLow: 'bacaan ragu',
  rules: {
    'place-of-sentence-or-paragraph': 'wilayah yang disebut di kalimat atau paragrafnya',
    'no-place-named': 'tidak ada wilayah yang disebut',
    'period-of-sentence-before': 'periode kalimat sebelumnya',
    'period-stated': 'periode yang tertulis',
    'period-of-article': 'periode artikel',
    'period-carried': 'periode yang berlaku sejak sebelumnya',
    'period-of-data-statement': 'periode pernyataan datanya',
    'period-of-paragraph': 'periode paragrafnya',
    'segment-of-related': 'segmen angka yang berkaitan',
    'segment-of-sentence-before': 'segmen kalimat sebelumnya',
    'segment-named-before': 'segmen yang disebut sebelumnya',
    'program-of-sum-beside': 'program jumlah di sampingnya',
    'program-of-sentence-before': 'program kalimat sebelumnya',
    'list-continues': 'lanjutan daftar',
    'continues-sentence-before': 'lanjutan kalimat sebelumnya',
    'breakdown-of-sentence-before': 'rincian kalimat sebelumnya',
    'coverage-topic': 'topik cakupan',
    'box-under-coverage-heading': 'kotak di bawah judul cakupan',
  },
  fromContext: 'dari konteks',
  doubt: { computed: 'hanya dihitung', low: 'bacaan ragu', disputed: 'dibantah pemeriksaan' },
  doubtLong: {
    computed: 'Artikel tidak menyebut tingkat ini; dihitung dari angka lain.',
    low: 'Angka di balik batang ini dibaca dengan keyakinan rendah.',
    disputed: 'Pemeriksaan di bawah tidak cocok dengan angka ini.',
  },
  overHundred: 'di atas 100%, seperti tertulis',
  aboveTarget: 'di atas target (belum pasti)',
  gapPeople: (n) => `± ${n} penduduk lagi`,
  jkn: 'JKN',
  noticeTitle: 'Teks ini di luar jangkauan alat',
  storageFailed: 'Penyimpanan di peramban ini ditolak atau penuh: artikel dan koreksi tidak akan tersimpan setelah halaman ditutup. Halaman tetap berfungsi.',
  clearAll: 'Hapus semua data',
  clearConfirm: 'Hapus semua artikel, koreksi, dan pilihan bahasa yang tersimpan di peramban ini? Tindakan ini tidak bisa diurungkan.',
  clearYes: 'Ya, hapus semua',
  cancel: 'Batal',
  cleared: 'Semua data di peramban ini telah dihapus.',
  htmlReport: 'Unduh laporan (HTML)',
  htmlMade: 'Laporan HTML diunduh.',
  reportBy: 'Dibuat dengan cakupan, di peramban, tanpa jaringan.',
  editedNote: 'Angka bertanda “diubah” atau “ditambahkan” dikoreksi oleh pembaca; bacaan awal alat tertulis di sampingnya.',
  removedFacts: 'Dihapus pembaca (bukan statistik)',
  showSentence: 'Kalimat',
  sentenceOf: (n) => `Kalimat sumber angka #${n}`,
});

Object.assign(WORDS.en, {
  colEdit: 'Correct',
  edit: 'Edit',
  editFact: (n) => `Edit figure #${n}`,
  editorTitle: (n) => `Correct figure #${n}`,
  fieldMetric: 'Metric',
  fieldValue: 'Value',
  fieldApprox: 'Qualifier',
  fieldRegion: 'Region',
  fieldSegment: 'Segment',
  fieldProgram: 'Programme',
  fieldPeriod: 'Period',
  fieldTargetYear: 'Target year',
  valueHint: 'Indonesian format: 4.694.064 · 41,30 · 2,9 juta',
  regionHint: 'Type for suggestions; leave empty when none is named.',
  periodHint: 'E.g. “Aug 2023”, “Jan–Aug 2023”, “31 Dec 2021”; leave empty when none is stated.',
  noProgram: '(no programme)',
  close: 'Close',
  removeFact: 'Not a statistic',
  revertFact: 'Back to the tool’s reading',
  revertAll: 'Back to the tool’s reading for this article',
  edited: 'edited',
  added: 'added',
  originalWas: (x) => `tool’s reading: ${x}`,
  undo: 'Undo',
  redo: 'Redo',
  editsCount: (n) => `${n} correction${n === 1 ? '' : 's'} in this article`,
  invalidValue: 'Not a figure. Write e.g. 4.694.064 or 41,30.',
  invalidRegion: 'Unknown region. Pick one of the suggestions.',
  invalidPeriod: 'Period not understood. Write e.g. “Aug 2023” or “Jan–Aug 2023”.',
  invalidYear: 'Write a four-digit year, or leave it empty.',
  recheckFailed: (m) => `Recomputing failed: ${m}`,
  addFact: '+ Add a figure',
  addTitle: 'Add a figure the tool missed',
  addTextLabel: 'The figure as printed in the text',
  addHint: 'Or select words in the highlighted text, then press “Make it a figure”.',
  addSubmit: 'Add',
  addNotFound: 'That figure is not in the text; it was added without a place.',
  noFigure: 'There is no figure there.',
  addFromSelection: (s) => `Make it a figure: “${s}”`,
  makeFact: 'Make it a figure',
  makeFactOf: (s) => `Make “${s}” a figure`,
  quietHint: 'Dotted numbers were not read as statistics; focus or hover one to see why. Dashed orange: perhaps missed.',
  notUnderstood: 'perhaps missed',
  because: 'Why it was read so',
  roles: { metric: 'metric', region: 'region', segment: 'segment', program: 'programme', period: 'period', restates: 'restates' },
  confidenceLow: 'uncertain reading',
  rules: {
    'place-of-sentence-or-paragraph': 'the place its sentence or paragraph names',
    'no-place-named': 'no place is named',
    'period-of-sentence-before': 'the period of the sentence before',
    'period-stated': 'the period stated',
    'period-of-article': 'the article’s period',
    'period-carried': 'the period carried from before',
    'period-of-data-statement': 'the period of its data statement',
    'period-of-paragraph': 'the period of its paragraph',
    'segment-of-related': 'the segment of a related figure',
    'segment-of-sentence-before': 'the segment of the sentence before',
    'segment-named-before': 'the segment named before',
    'program-of-sum-beside': 'the programme of the sum beside it',
    'program-of-sentence-before': 'the programme of the sentence before',
    'list-continues': 'a list continued',
    'continues-sentence-before': 'continues the sentence before',
    'breakdown-of-sentence-before': 'a breakdown of the sentence before',
    'coverage-topic': 'the coverage topic',
    'box-under-coverage-heading': 'a box under a coverage heading',
  },
  fromContext: 'from context',
  doubt: { computed: 'computed only', low: 'uncertain reading', disputed: 'disputed by a check' },
  doubtLong: {
    computed: 'The article does not state this rate; it is computed from other figures.',
    low: 'A figure behind this bar was read with low confidence.',
    disputed: 'A check below disagrees with this figure.',
  },
  overHundred: 'above 100 %, as stated',
  aboveTarget: 'above target (not certain)',
  gapPeople: (n) => `± ${n} more people`,
  jkn: 'JKN',
  noticeTitle: 'This text is outside what the tool reads',
  storageFailed: 'Storage in this browser is refused or full: articles and corrections will not be kept after the page is closed. The page still works.',
  clearAll: 'Delete all data',
  clearConfirm: 'Delete every article, correction and language choice kept in this browser? This cannot be undone.',
  clearYes: 'Yes, delete everything',
  cancel: 'Cancel',
  cleared: 'All data in this browser has been deleted.',
  htmlReport: 'Download report (HTML)',
  htmlMade: 'HTML report downloaded.',
  reportBy: 'Made with cakupan, in the browser, without a network.',
  editedNote: 'Figures marked “edited” or “added” were corrected by a reader; the tool’s reading stands beside them.',
  removedFacts: 'Removed by the reader (not a statistic)',
  showSentence: 'Sentence',
  sentenceOf: (n) => `Source sentence of figure #${n}`,
});

METRICS.to_register = ['Perlu didaftarkan', 'To register'];
METRICS.target_gap = ['Selisih ke target', 'Gap to target'];
SEGMENTS.pbi = ['PBI (iuran dibayar pemerintah)', 'PBI (state-paid)'];
PROGRAMS.JHT = ['JHT (hari tua)', 'JHT (old age)'];
PROGRAMS.JKK = ['JKK (kecelakaan kerja)', 'JKK (work accident)'];
PROGRAMS.JKM = ['JKM (kematian)', 'JKM (death)'];
PROGRAMS.JP = ['JP (pensiun)', 'JP (pension)'];
PROGRAMS.JKP = ['JKP (kehilangan pekerjaan)', 'JKP (job loss)'];

/** JKN's words for the same metrics: its whole is the population, not the workforce. */
const METRICS_JKN = {
  workforce: ['Penduduk', 'Population'],
  participants: ['Peserta JKN', 'JKN members'],
  coverage_rate: ['Cakupan JKN', 'JKN coverage'],
  uncovered: ['Penduduk belum terdaftar', 'Population not covered'],
  uncovered_rate: ['% penduduk belum terdaftar', 'Uncovered share of population'],
  target_rate: ['Target cakupan JKN', 'JKN coverage target'],
  target_participants: ['Target peserta JKN', 'JKN member target'],
  to_register: ['Penduduk perlu didaftarkan', 'People to register'],
};

/** A metric's name for a fact of `scheme` (`jkn` says "penduduk" / "population"). */
export const metricNameIn = (m, scheme) => (scheme === 'jkn' && METRICS_JKN[m] ? pick(METRICS_JKN, m) : metricName(m));
/** The words of a nested table (`roles`, `doubt`, `doubtLong`) in the current language. */
export const words = (key, sub) => WORDS[lang][key]?.[sub] ?? sub;
