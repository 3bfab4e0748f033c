// The assistant's rule brain (pure): normalises how people really write, finds campaign codes, reads intent, language, phase and escalation.
//
// No database, clock or model here: data in, verdict out. The reply text is composed separately (replies/rules.ts)
// from this verdict and the package catalogue; brain.ts puts the two together.
import type { AiNote } from './notes/rules.js';
import type { PhrasingGuess } from './phrasing/guess.js';

export const PHASES = ['leads', 'interest', 'booking'] as const;
export type Phase = (typeof PHASES)[number];

export const INTENTS = [
  'human',
  'transfer_done',
  'health',
  'visa',
  'refund',
  'complaint',
  'payment',
  'details',
  'location',
  'testimonial',
  'price',
  'people_month',
  'ask_packages',
  'campaign_code',
  'thanks',
  'greeting',
  'affirmative',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export type Language = 'id' | 'en';
export type EscalationReason = 'payment_intent' | 'complex_question' | 'customer_request' | 'low_confidence';

/** Slang, abbreviations and common typos → one spelling, so that patterns are written once. */
const SLANG: Record<string, string> = {
  gmn: 'bagaimana', gmna: 'bagaimana', gimana: 'bagaimana', gmana: 'bagaimana', bgmn: 'bagaimana', bagaimna: 'bagaimana', bgaimana: 'bagaimana', gimn: 'bagaimana',
  brp: 'berapa', brapa: 'berapa', brpa: 'berapa', berpa: 'berapa', berapaan: 'berapa',
  byr: 'bayar', bayr: 'bayar', bayarnya: 'bayar', pembayaran: 'bayar', pembayarannya: 'bayar', bayarin: 'bayar', baya: 'bayar',
  tf: 'transfer', trf: 'transfer', trnsfer: 'transfer', tranfer: 'transfer', transfr: 'transfer', transferan: 'transfer', trasfer: 'transfer', ditransfer: 'transfer',
  rek: 'rekening', norek: 'rekening', rekeningnya: 'rekening', rekning: 'rekening', rekenig: 'rekening',
  dftr: 'daftar', dftar: 'daftar', daptar: 'daftar', mendaftar: 'daftar', pendaftaran: 'daftar', pendaftarannya: 'daftar', registrasi: 'daftar', dafar: 'daftar', dafter: 'daftar',
  mo: 'mau', mw: 'mau', pengen: 'mau', pgn: 'mau', pingin: 'mau', pengin: 'mau', ingin: 'mau', maw: 'mau',
  nyicil: 'cicil', dicicil: 'cicil', cicilan: 'cicil', angsur: 'cicil', angsuran: 'cicil', diangsur: 'cicil', kredit: 'cicil', cicilannya: 'cicil',
  depe: 'dp', dpnya: 'dp',
  ga: 'tidak', gak: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', tdk: 'tidak', gk: 'tidak', engga: 'tidak',
  sy: 'saya', aku: 'saya', aq: 'saya', gue: 'saya', gw: 'saya', sya: 'saya',
  utk: 'untuk', untk: 'untuk', buat: 'untuk',
  infonya: 'info', informasi: 'info', inpo: 'info', infokan: 'info',
  brosurnya: 'brosur', brochure: 'brosur', brosure: 'brosur', bosur: 'brosur',
  itenerary: 'itinerary', itinerari: 'itinerary', itenerari: 'itinerary', itinerarynya: 'itinerary', iteneray: 'itinerary', itinery: 'itinerary',
  htl: 'hotel', hotelnya: 'hotel', hotell: 'hotel', hotl: 'hotel',
  fasilitasnya: 'fasilitas', faslitas: 'fasilitas', fasilitsa: 'fasilitas', fasiltas: 'fasilitas', facilities: 'fasilitas', facility: 'fasilitas',
  include: 'termasuk', included: 'termasuk', includes: 'termasuk', inclusions: 'termasuk', trmsk: 'termasuk',
  detil: 'detail', detailnya: 'detail', rincian: 'detail', rinciannya: 'detail', details: 'detail', detai: 'detail',
  pkt: 'paket', pket: 'paket', paketnya: 'paket', pakett: 'paket', package: 'paket', packages: 'paket',
  klo: 'kalau', kalo: 'kalau', kl: 'kalau',
  dr: 'dari', dri: 'dari', yg: 'yang', dgn: 'dengan', dg: 'dengan', skrg: 'sekarang', jg: 'juga', lg: 'lagi', hrs: 'harus', td: 'tadi', bsk: 'besok',
  brangkat: 'berangkat', brgkt: 'berangkat', berangkt: 'berangkat', brgkat: 'berangkat', mundurin: 'mundur', diundur: 'mundur', dimundurin: 'mundur', undur: 'mundur', tgl: 'tanggal', tggl: 'tanggal', tanggalnya: 'tanggal', sm: 'sama', sma: 'sama', ama: 'sama',
  sdh: 'sudah', udh: 'sudah', udah: 'sudah', dah: 'sudah', sudh: 'sudah',
  blm: 'belum', blom: 'belum',
  thx: 'terimakasih', thanks: 'terimakasih', tq: 'terimakasih', makasih: 'terimakasih', trims: 'terimakasih', trimakasih: 'terimakasih', makasi: 'terimakasih', thank: 'terimakasih', thnks: 'terimakasih', mksh: 'terimakasih', syukron: 'terimakasih', jazakallah: 'terimakasih', jazakillah: 'terimakasih', jazakumullah: 'terimakasih',
  ass: 'salam', askum: 'salam', assalamualaikum: 'salam', asalamualaikum: 'salam', assalammualaikum: 'salam', assalamu: 'salam', aslm: 'salam', salamualaikum: 'salam', samlekum: 'salam', assalamualaikom: 'salam',
  bs: 'bisa', bsa: 'bisa', bisakah: 'bisa',
  kk: 'kak', ka: 'kak', kakak: 'kak',
  bln: 'bulan', org: 'orang', hrg: 'harga', harganya: 'harga', biayanya: 'biaya',
  umrah: 'umroh', umroh: 'umroh', umrohnya: 'umroh', umro: 'umroh',
  jadwalnya: 'jadwal', jdwl: 'jadwal', jadwl: 'jadwal',
  adminnya: 'admin', admn: 'admin', mimin: 'kak', min: 'kak',
  asslmkm: 'salam', aslkm: 'salam', asslm: 'salam', umrh: 'umroh', dtl: 'detail',
  refundnya: 'refund', pembatalan: 'batal', dibatalkan: 'batal', batalin: 'batal', cancel: 'batal', cancellation: 'batal', membatalkan: 'batal',
  paspornya: 'paspor', passport: 'paspor', pasport: 'paspor', visanya: 'visa',
  komplain: 'complaint', complain: 'complaint', keluhan: 'complaint',
  pls: 'please', plz: 'please', u: 'you', wanna: 'want', im: 'i', ive: 'i',
  ok: 'oke', okay: 'oke', okey: 'oke', okee: 'oke', sip: 'oke', siap: 'oke',
  iya: 'ya', yaa: 'ya', yup: 'ya', yes: 'ya', yess: 'ya', y: 'ya', yep: 'ya', sure: 'ya', boleh: 'ya', bole: 'ya', silakan: 'ya', silahkan: 'ya', lanjut: 'ya', mau: 'mau',
  dimana: 'mana', dmn: 'mana', kemana: 'mana', kmn: 'mana',
  almt: 'alamat', alamt: 'alamat', address: 'alamat', adress: 'alamat', addres: 'alamat', kntr: 'kantor', kantr: 'kantor', ofis: 'office', offce: 'office',
  loksi: 'lokasi', lokasih: 'lokasi', sharelok: 'lokasi', shareloc: 'lokasi', sharelock: 'lokasi', gmaps: 'maps', gmap: 'maps', map: 'maps',
  testi: 'testimoni', testimony: 'testimoni', testimonial: 'testimoni', testimonials: 'testimoni', tesimoni: 'testimoni', testimoninya: 'testimoni', testimon: 'testimoni',
  vidio: 'video', vidoe: 'video', videonya: 'video', vid: 'video', videos: 'video', riview: 'review', ripiu: 'review', reviewnya: 'review', reviews: 'review', ulasannya: 'ulasan',
  sekeluarga: 'keluarga', berdua: 'dua orang', bertiga: 'tiga orang', berempat: 'empat orang', berlima: 'lima orang',
  // More ways of writing the same words: affixes, vowels dropped, and Malay, Betawi, Sundanese, Minang, Palembang and
  // Javanese words customers write in.
  mendaftarkan: 'daftar', daftarkan: 'daftar', didaftarkan: 'daftar', daftarin: 'daftar', ngadaptar: 'daftar', mandaftar: 'daftar',
  mayar: 'bayar', mayarna: 'bayar', kirimkan: 'kirim', batalkan: 'batal', pasporku: 'paspor', jd: 'jadi', bgt: 'banget', mnt: 'minta',
  mrktng: 'marketing', mrktngny: 'marketing', pswt: 'pesawat', slmt: 'selamat', pgi: 'pagi', barapa: 'berapa', rencano: 'rencana', puaso: 'puasa',
  beduo: 'dua orang', bedua: 'dua orang', baduo: 'dua orang', batigo: 'tiga orang', rancana: 'rencana', mlm: 'malam', thn: 'tahun', th: 'tahun', kutransfer: 'saya transfer', kutf: 'saya transfer', kubayar: 'saya bayar',
  flyer: 'brosur', pamflet: 'brosur', katalog: 'brosur', hooh: 'ya', iye: 'ya', injih: 'ya', enggeh: 'ya', mundurkan: 'mundur',
  ku: 'saya', mikum: 'salam', mekum: 'salam', okeh: 'oke', iyo: 'ya', muhun: 'ya', purun: 'mau', mangga: 'monggo', kirimkeun: 'kirim',
  lanjuik: 'lanjut', lanjutkan: 'lanjut', msh: 'masih', taun: 'tahun', okeey: 'oke', okei: 'oke', inggih: 'ya', heeh: 'ya',
  kirimin: 'kirim', lunasin: 'lunasi', ketransfer: 'transfer', mengundurkan: 'mundur', berdaftar: 'terdaftar', lesen: 'license', sampurasun: 'salam', nuwun: 'terimakasih', jazakallahu: 'terimakasih', jazakillahu: 'terimakasih',
  abdi: 'saya', bade: 'mau', kumaha: 'bagaimana', carana: 'cara', urang: 'orang', ambo: 'saya', nio: 'mau', caronyo: 'cara', baa: 'bagaimana',
  aye: 'saya', udeh: 'sudah', duit: 'uang', kwitansi: 'receipt', kuitansi: 'receipt',
  nak: 'mau', tak: 'tidak', je: 'saja', semak: 'cek', bercakap: 'bicara', staf: 'staff', pejabat: 'kantor', tempahan: 'booking', akaun: 'rekening',
  acc: 'account', ur: 'your', pics: 'photos', pictures: 'photos', diskon: 'discount',
  sampun: 'sudah', kulo: 'saya', suwun: 'terimakasih', punten: 'permisi', sareng: 'sama', duaan: 'dua orang', sampe: 'sampai',
  kula: 'saya', ndaftar: 'daftar', ndaftarke: 'daftar', carane: 'cara', piye: 'bagaimana', kangge: 'untuk', karo: 'sama', bojo: 'pasangan',
  sabaraha: 'berapa', hargana: 'harga', nuhun: 'terimakasih', lbh: 'lebih', kmrn: 'kemarin',
  pinten: 'berapa', regane: 'harga', dinten: 'hari', niku: 'itu', sing: 'yang', smpe: 'sampai', tilu: 'tiga', hoyong: 'mau', pebruari: 'februari',
  nopember: 'november', sktr: 'sekitar', abis: 'habis', bayaran: 'bayar', maklumat: 'info', berbicara: 'bicara', memundurkan: 'mundur',
  ulun: 'saya', handak: 'mau', badaftar: 'daftar', kayapa: 'bagaimana', ak: 'saya', smp: 'sampai', tukar: 'pindah', pakej: 'paket', disember: 'desember',
  loc: 'lokasi', jadual: 'jadwal', penerbangan: 'flight', berlepas: 'berangkat',
  cabangta: 'cabang', kantorta: 'kantor', ado: 'ada', buktinyo: 'bukti', barangkek: 'berangkat',
  cm: 'cuma', kantorna: 'kantor', kaliyan: 'sama', garwa: 'pasangan', badhe: 'mau', tindak: 'berangkat', wulan: 'bulan',
  bnyk: 'banyak', dl: 'dulu', diskusiin: 'diskusi', didiskusikan: 'diskusi', diskusikan: 'diskusi', ditunda: 'tunda', menunda: 'tunda', penundaan: 'tunda',
};

/** Words the segmenter may split a run-together token into ("carabayar" → "cara bayar"). */
const VOCABULARY = new Set([
  ...Object.keys(SLANG), ...Object.values(SLANG).flatMap((v) => v.split(' ')),
  'cara', 'ke', 'di', 'mana', 'yang', 'apa', 'ada', 'ini', 'itu', 'nya', 'dp', 'berapa', 'bayar', 'daftar', 'transfer', 'rekening', 'mau', 'bisa', 'cicil',
  'paket', 'hotel', 'harga', 'info', 'detail', 'jadwal', 'brosur', 'saja', 'lagi', 'kak', 'admin', 'sudah', 'bukti', 'uang', 'muka', 'saya', 'boleh',
  'how', 'pay', 'book', 'i', 'want', 'to', 'do', 'can', 'the', 'package', 'price', 'bank', 'account', 'where', 'what', 'is', 'included', 'sign', 'up',
  'lunas', 'pesan', 'booking', 'ikut', 'ambil', 'orang', 'bulan', 'umroh', 'fasilitas', 'termasuk', 'itinerary', 'minta', 'kirim', 'no',
  'alamat', 'kantor', 'lokasi', 'office', 'testimoni', 'video', 'jamaah', 'review', 'dong', 'halo', 'hallo', 'hai',
  // So that "gadibales" reads "ga dibales".
  'dibalas', 'dibales', 'direspon', 'dijawab',
]);

const PREFIXED_VOCAB = [...VOCABULARY].filter((w) => w.length >= 2);

/** Splits a run-together token into known words when it can be read entirely as such; otherwise returns it. */
function segment(token: string): string[] {
  if (token.length < 6 || VOCABULARY.has(token) || /\d/.test(token)) return [token];
  const best: (string[] | undefined)[] = new Array(token.length + 1).fill(undefined);
  best[0] = [];
  for (let i = 0; i < token.length; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (const w of PREFIXED_VOCAB) {
      if (token.startsWith(w, i)) {
        const candidate = [...prefix, w];
        const at = best[i + w.length];
        if (!at || candidate.length < at.length) best[i + w.length] = candidate;
      }
    }
  }
  const whole = best[token.length];
  return whole && whole.length > 1 ? whole : [token];
}

/**
 * Words that end in -nya, -kah or -lah without it being a suffix: cut, "langkah" became "lang", "menikah" "meni",
 * "bertanya" "berta", "Bismillah" "bismil".
 */
const WHOLE_WORDS = /^(langkah|berkah|sedekah|menikah|dinikah|sekolah|masalah|jumlah|istilah|bertanya|ditanya|[a-z]*(allah|illah))$/;

/** Lower-cased, accents and punctuation gone, letters repeated for emphasis collapsed, slang mapped, suffixes cut. */
export function normalise(text: string): string {
  let t = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  t = t.replace(/['’`]/g, '').replace(/[^a-z0-9\s]/g, ' ');
  t = t.replace(/([a-z])\1{2,}/g, '$1');
  // A word doubled the way people type it, with a 2 ("foto2", "dibales2" for "foto-foto", "dibales-bales"); not "ber2"
  // (berdua), which says how many.
  t = t.replace(/\b(?!ber2\b)([a-z]{3,})2\b/g, '$1 $1');
  const words: string[] = [];
  for (const raw of t.split(/\s+/)) {
    if (raw === '') continue;
    for (const piece of segment(raw)) {
      let w = piece;
      // -nye is Betawi's -nya ("duitnye").
      if (!(w in SLANG) && !VOCABULARY.has(w) && w.length > 5 && /(nya|nye|kah|lah)$/.test(w) && !WHOLE_WORDS.test(w)) w = w.slice(0, -3);
      // A last letter doubled for warmth ("iyaa", "dongg", "mauu"); only onto a word we know, as English keeps its
      // own doubles ("call", "staff", "three").
      if (!(w in SLANG) && !VOCABULARY.has(w) && /([a-z])\1$/.test(w) && (w.slice(0, -1) in SLANG || VOCABULARY.has(w.slice(0, -1)))) w = w.slice(0, -1);
      words.push(SLANG[w] ?? w);
    }
  }
  return words.join(' ');
}

// --- Campaign codes ---------------------------------------------------------------------------------------------

const MONTH = '(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|ags|agt|sep|okt|oct|nov|des|dec)[a-z]*';
const CODE_PATTERN = new RegExp(`(?<![a-z0-9])([a-z]{2,6})[_\\s-]+(${MONTH})[_\\s-]+(20\\d\\d)[_\\s-]+([a-z]{2,20})(?![a-z0-9])`, 'gi');

/** Every `PKG_MONTH_YEAR_TYPE` the text contains, in order, spelled the canonical way (upper case, underscores). */
export function findCampaignCodes(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CODE_PATTERN)) {
    const code = [m[1], m[2], m[3], m[4]].map((p) => (p ?? '').toUpperCase()).join('_');
    if (!found.includes(code)) found.push(code);
  }
  return found;
}

export interface CodeChoice {
  /** The first code that names a known package, or null. */
  readonly chosen: string | null;
  /** Valid codes after the chosen one: ignored, logged for analysis. */
  readonly ignored: readonly string[];
  /** Codes in the code format that name no package: the general reply applies. */
  readonly invalid: readonly string[];
}

export function chooseCampaignCode(text: string, knownCodes: ReadonlySet<string>): CodeChoice {
  const codes = findCampaignCodes(text);
  const valid = codes.filter((c) => knownCodes.has(c));
  return { chosen: valid[0] ?? null, ignored: valid.slice(1), invalid: codes.filter((c) => !knownCodes.has(c)) };
}

// --- Language ---------------------------------------------------------------------------------------------------

const EN_WORDS = new Set(['the', 'is', 'are', 'i', 'you', 'how', 'what', 'want', 'to', 'do', 'can', 'please', 'price', 'pay', 'book', 'hello', 'hi', 'which', 'when',
  'my', 'me', 'does', 'have', 'would', 'like', 'need', 'much', 'cost', 'where', 'thank', 'of', 'for', 'a', 'an', 'and', 'we', 'our', 'it', 'your', 'any', 'there',
  'available', 'information', 'payment', 'people', 'person', 'month', 'include', 'details', 'speak', 'talk', 'already', 'paid', 'send', 'could', 'get', 'with', 'in', 'money', 'back', 'good', 'morning',
  'office', 'located', 'location', 'review', 'address', 'show', 'see', 'video']);
const ID_WORDS = new Set(['saya', 'mau', 'apa', 'berapa', 'bagaimana', 'bisa', 'ada', 'yang', 'ini', 'itu', 'kak', 'harga', 'bayar', 'tidak', 'sudah', 'untuk', 'dengan',
  'dan', 'di', 'ke', 'salam', 'terimakasih', 'bulan', 'orang', 'cara', 'daftar', 'rekening', 'berangkat', 'kapan', 'mana', 'dong', 'ya', 'nya', 'pak', 'bu', 'info',
  'jadwal', 'brosur', 'fasilitas', 'termasuk', 'cicil', 'minta', 'tolong', 'kami', 'kita', 'juga', 'aja', 'saja', 'sama', 'lagi', 'belum', 'kalau', 'boleh', 'halo',
  'selamat', 'pagi', 'siang', 'sore', 'malam', 'biaya', 'tanya', 'mohon', 'dari', 'atau', 'dulu', 'gimana', 'kirim', 'keberangkatan', 'hari', 'berapa', 'admin', 'bicara',
  // Not `testimoni`: English "testimonials" is normalised to it too.
  'alamat', 'kantor', 'lokasi', 'jamaah', 'lihat']);

/** `en` when English words outnumber Indonesian ones; Indonesian otherwise, and `previous` when neither shows. */
export function detectLanguage(normalised: string, previous: Language = 'id'): Language {
  let en = 0;
  let id = 0;
  for (const w of normalised.split(' ')) {
    if (EN_WORDS.has(w)) en++;
    if (ID_WORDS.has(w)) id++;
  }
  if (en === 0 && id === 0) return previous;
  return en > id ? 'en' : 'id';
}

// --- Intent -----------------------------------------------------------------------------------------------------

interface IntentRule {
  readonly intent: Intent;
  readonly confidence: number;
  readonly patterns: readonly RegExp[];
}

/** In priority order: the first intent any of whose patterns matches wins. */
/** Month names as customers write them, for the patterns that read a planned month. */
const MONTHS_ID = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** "sya'ban" loses its apostrophe in normalise, "sya-ban" its hyphen to a space. */
const MONTHS_ISLAMIC = 'ramadhan|syawal|rajab|syaban|sya ban|muharram|maulid|mulud|safar|dzulqadah|zulkaidah';

const INTENT_RULES: readonly IntentRule[] = [
  { intent: 'human', confidence: 0.95, patterns: [
    /\b(mau|minta|bisa|tolong|butuh|perlu|need|want|would like|can i|please)( \w+){0,3} (admin|cs|customer service|operator|petugas|manusia|orang langsung|orang asli|agent|human|someone|somebody|a person|staff|sales|marketing)\b/,
    /^(kak )?(admin|cs|operator)( (dong|aja|saja|please|tolong|kak))*$/, /\b(nomor|no|kontak|contact) (hp |wa |whatsapp |telepon |telpon )?(admin|cs|marketing|sales|wa admin|ustadz|ustad|pembimbing|muthawif|mutawif|tour leader)\b/,
    /\b(bicara|tanya|ngobrol|chat|hubungkan|sambungkan|hubungin|sambungin|disambungkan|dihubungkan|disambungin|dihubungin|connect|dilayani) (saya )?(langsung )?(dengan|sama|ke|oleh|to|with) (orang|admin|petugas|manusia|cs|customer service|operator|staff|bagian|tim|team|tour leader|ustadz|ustad|pembimbing|muthawif|mutawif)/,
    /\b(give|gimme) (me |us )?a (call|ring)\b/,
    /^(?!.*\b(janji|dijanjiin|dijanjikan|katanya)\b).*\b(bisa|boleh|mau|minta|dapat) (di)?(telpon|telepon|telfon|call|video call)\b/, /\b(di)?(hubungi|telepon|telpon|telfon) (langsung )?(oleh|sama|dari) (petugas|admin|marketing|cs|sales|staff|bagian|tim|team)\b/,
    /\b(cs|admin)( nya)? (mana|kemana)\b/, /\b(marketing|sales|admin|cs|agent)s? (number|contact|phone)\b/, /\b(prefer|rather) (to )?(call|talk|speak)\b/, /\b(telpon|telepon|telfon|nelpon) (aja|saja)\b/, /\b(ini|kamu|anda) (bot|robot)\b/,
    /\b(talk|speak|chat) (to|with) (a |an |the |your )?(someone|somebody|person|human|agent|staff|representative|real|sales|admin|cs|marketing)/,
    /\b(real|actual) (person|human)\b/, /\b(bot|robot|mesin) (ya|kah|bukan|kan)\b/, /\b(sama|dengan|ke) orang (aja|saja|langsung|asli)\b/, /\b(telpon|telepon|telfon|call) (saya|me)\b/, /\bhubungi saya\b/, /\bbukan (bot|robot)\b/, /\bare you a (bot|robot)\b/,
  ] },
  { intent: 'health', confidence: 0.9, patterns: [
    /\b(sakit|susah jalan|sulit berjalan|tidak kuat jalan|pendorong|dirawat|rawat inap|rumah sakit|di rs|opname|kursi roda|alat bantu jalan|tongkat|walker|hamil|mengandung|diabetes|jantung|obat|stroke|cuci darah|disabilitas|vaksin|meningitis|darah tinggi|asma|kesehatan|lumpuh|operasi)\b/,
    /\b(wheelchair|pregnant|medical|health|sick|illness|vaccine|vaccination|disabled|disability|heart condition|medicine)\b/,
  ] },
  { intent: 'visa', confidence: 0.9, patterns: [
    /\b(visa|paspor|imigrasi|mahram|muhrim|immigration)\b/, /\btanpa (suami|mahram|muhrim)\b/,
    // A woman travelling alone asks about the mahram rule.
    /\b(wanita|perempuan|cewek|cewe|woman)\b.*\b(sendiri|sendirian|alone)\b/, /\b(dokumen|documents?|berkas|persyaratan|kartu keluarga|akta|buku nikah|ktp)\b/,
  ] },
  // Before refund: "parah, jadwal diundur terus tanpa kabar" is a complaint first.
  { intent: 'complaint', confidence: 0.9, patterns: [
    /\b(complaint|bermasa|bermasalah|curiga|kecewa|dibohongi|bohong|membohongi|scam|marah|lapor|tidak puas|parah|mengecewakan|disappointed|disappointing|unacceptable|terrible|unhappy|not happy|awful|lambat sekali|tidak dibalas)\b/,
    /\b(tidak|belum) (dibalas|dibales|direspon|direspons|ditanggapi|dijawab)/, /\b(belum|tidak) ada (kabar|kejelasan|konfirmasi)\b/, /\b(no one|nobody) (answers|replies|replied|answered)\b/,
    /\b(lambat|lama) (banget|sangat|sekali|kali)\b.*\b(balas|bales|dibalas|dibales|respon|jawab|nunggu|menunggu)/, /\bkenapa (lambat|lama)\b.*\b(balas|bales|respon|jawab)/, /\b(balas|bales|balasan|balesan|respon)\b.*\b(lama|lambat) (banget|sekali|sangat)\b/,
    // "di iklan bilangnya … kok …": what was said against what came.
    /\b(iklan|katanya|bilangnya)\b.*\bkok\b/,
    /\b(poor|bad|worst|slow) (service|response|reply|replies)\b/, /\bwaiting\b.*\b(for a |for your )?(reply|response|answer)\b/,
    /\bsampai sekarang (belum|tidak)\b/, /\btanpa (kabar|info|pemberitahuan|konfirmasi|kejelasan)\b/, /\btidak ada (yang )?(membalas|balas|bales|jawab|menjawab|respon|merespon|jawaban)\b/, /\b(jangan|cuma|hanya) (cuma |hanya )?janji\b/,
    // Fraud named while checking the licence ("terdaftar resmi di Kemenag? banyak kabar penipuan") asks for proof.
    /^(?!.*\b(izin|ijin|ppiu|kemenag|kementerian agama|terdaftar|resmi|legalitas|berizin|license|licence)\b).*\b(penipu|penipuan|tipu|ditipu|tertipu|scam|fraud)\b/,
    // Paid, and what was promised has not come: "sudah lunas tapi koper belum datang".
    /^(?!.*\b(batal|pindah|refund|balik|kembali|mundur|tunda)\b).*\bsudah (lunas|bayar|transfer|dp)\b.*\b(tapi|tp|tetapi|but)\b.*\b(belum|tidak)\b/, /\bkata( nya)?\b.*\bbelum (ada|datang|dikirim|sampai)\b/, /\b(mundur|ditunda) terus\b/, /\bstill no (update|news|reply|response|confirmation|answer)\b/,
    // "bodong" said as an accusation; asking for the licence to be sure is a request for proof (testimonial).
    /^(?!.*\b(izin|ijin|ppiu|kemenag|bukti|testimoni|legalitas|resmi|terdaftar)\b).*\b(bodong|abal abal|palsu)\b/, /\bbelum ada (update|respon|jawaban)\b/, /\b(beda|berbeda|tidak sesuai|tidak sama)\b.*\b(iklan|promosi|janji)\b/, /\bkatanya\b.*\b(ternyata|cuma|hanya)\b/, /\b(janji|dijanjikan|promised)\b.*\b(belum|tidak|never|not)\b/,
  ] },
  { intent: 'refund', confidence: 0.9, patterns: [
    /\b(refund|batal|uang kembali|pengembalian dana|uang saya kembali|reschedule|ganti jadwal|money back|mundur|pindah jadwal|geser jadwal|ganti tanggal|postpone)\b/,
    /\b(move|change|shift|push|switch)\b.*\b(month|date|departure|trip|schedule|booking|year|paket)\b/, /\b(di)?(pindah|geser|ganti|tukar)(kan)? ke (yang|paket|bulan|tanggal|jadwal|tahun|periode|keberangkatan)\b/, /\btunda\b/, /\b(pindah|ganti|tukar|geser) paket\b/,
    /\buang( nya| dp| muka| saya)? (bisa )?(balik|kembali|dikembalikan)\b/, /\btidak jadi (berangkat|ikut|pergi)\b/,
  ] },
  // After the complaint: "parah, koper belum dikirim padahal sudah lunas" is a complaint, not news of a payment.
  { intent: 'transfer_done', confidence: 0.9, patterns: [
    /\b(sudah|barusan|baru saja) (saya |kami )?(transfer|bayar|lunas|kirim uang|dp)\b/, /\b(dp|uang muka|pelunasan|uang|dana) (sudah|barusan) (di ?kirim|di ?transfer)\b/, /\b(ini|berikut|terlampir) bukti\b/, /\btransfer (barusan|tadi|just now)\b/, /\b(pelunasan|dp|uang muka|lunas|transfer) (sudah|udah) (ya|yah)\b/,
    /^(?=.*\b(transfer|dp|pelunasan|lunas|uang muka)\b).*\b(tolong|mohon|please) (di ?cek|check)\b/, /\b(done|sudah) bank in\b/, /\bbukti transfer\b/, /\b(already|just) (paid|transferred|sent the (money|payment))\b/,
    /\bi (have )?(paid|transferred)\b/, /\btransfer (sudah|masuk|done|selesai|beres)\b/, /\bsudah saya transfer\b/,
    /\b(done|selesai|beres) (transfer|bayar|dp)\b/, /\b(payment|transfer) (done|sent|completed|made)\b/, /\b(receipt|bukti bayar|struk)\b/, /\bresi (transfer|bayar|dp|pelunasan|cicil)\b/,
    /\bsudah (saya |kami )?(kirim|setor|transfer|bayar|lunasi|lunas|bank in)(kan)?\b/, /\b(dp|pelunasan|lunas|uang|dana|bayar|transfer) (saya |kami )?sudah masuk\b/,
    /\b(just|already) (sent|made|transferred|paid)\b/, /\b(sent|made|did) (the |my |our )?(payment|transfer|deposit|dp)\b/, /^(i )?paid\b/, /\bpaid (the|my|our) (dp|deposit|down payment|balance|full)\b/,
    // "sudah melakukan transfer"; "dah buat bayaran" too, as buat is read as untuk.
    /\bsudah (saya |kami )?(melakukan|lakukan|untuk|membuat) (transfer|bayar)\b/,
  ] },
  // Questions the assistant has no answer for, which would otherwise read as a booking or a package question
  // ("mau daftar jadi agen umroh"): low confidence, so a person takes them.
  { intent: 'unknown', confidence: 0.3, patterns: [
    /\b(jadi|menjadi|become|buka) (agen|reseller|mitra|partner|muthawif|tour leader|agent)\b/, /\b(lowongan|loker|vacancy|vacancies)\b/,
    // The weather: nothing in the catalogue says it, and "bulan depan" beside it is not a plan to go.
    /\b(cuaca|weather|suhu|temperature)\b/,
    // The haji queue: a government list, not an umroh package.
    /\b(antrian|antri|porsi|daftar tunggu|waiting list) haji\b/, /\bhaji\b.*\b(antri|antre|antrian|antrean|nunggu|menunggu|queue)\b/,
    // A baby's or toddler's place and price: the agency's own rule, which the catalogue does not say.
    /\b(bayi|balita|baby|infant|toddler)\b/, /\banak (saya |kami )?(yang )?(baru |masih |umur |usia )?(\d+ bulan|(1|2|satu|dua)( \d)? ?(tahun|th|thn))\b/,
  ] },
  // Whether the price changes ("masih bisa berubah sebelum pelunasan?") is the price asked, whatever payment word is
  // beside it.
  { intent: 'price', confidence: 0.85, patterns: [
    /\bharga\b.*\b(naik|turun|berubah)\b(?! (pesawat|apa|bus|kereta))/,
    // A discount for paying early or registering together is the price asked.
    /\b(discount|potongan|potong harga)\b/,
  ] },
  { intent: 'payment', confidence: 0.9, patterns: [
    /\bcara (bayar|daftar|transfer|pesan|booking|book|pendaftaran|dp)\b/, /\bdp\b/, /\buang muka\b/, /\bcicil\b/, /\b(lunas|pelunasan)\b/,
    /\bmau (daftar|booking|book|pesan|ambil|bayar|transfer|dp|ikut|reservasi) ?(paket|yang|ini|itu|saja|aja|kak|sekarang|untuk|dua|tiga|\d|$)/,
    // "mau berangkat berdua bulan rajab" says who goes and when; "mau berangkat paket ini" is a booking.
    /\bmau berangkat (paket|yang|ini|itu|sekarang)\b/,
    /\bmau (daftar|booking|book|pesan|bayar|transfer|dp|reservasi)\b/,
    /\b(transfer|bayar) (ke )?(rekening|mana|via|pakai|lewat)\b/, /\brekening\b/, /\bbayar\b/, /\btransfer\b/,
    /\bdaftar\b(?! (paket|harga|jadwal|hotel|tanggal|program|umroh yang))/, /\b(booking|book|reserve|register|sign up|signup|reservasi)\b/, /\b(amankan|kunci|pesan|booking|lock|secure|reserve|keep) (\d+ |dua |two |2 )?(seat|seats|kursi|tempat)\b/, /\bbank details\b/, /\bsaya ambil\b/, /\bambil (paket|yang|ini|itu)\b/,
    /\bfix (ikut|ambil|berangkat|daftar)\b/, /(?<!harga )\bsudah fix\b/, /\b(langkah|proses|tahap|prosedur) (selanjut|berikut)(nya)?\b/, /\bnext steps?\b/,
    /\b(virtual account|va|kode bayar|qris)\b/, /\b(kursi|seat|tempat) (nya )?(aman|diamankan)\b/, /\b(invoice|tagihan)\b/,
    /\b(payment|pay|deposit|down payment|installments?|bank account|how do i pay)\b/,
  ] },
  // The price asked beside a detail ("biaya tambahan untuk perlengkapan?") is a price question. Not "all in?": beside a
  // detail ("bagasi berapa kg? all in?") it is a second question, and the detail comes first.
  { intent: 'price', confidence: 0.85, patterns: [
    /\b(biaya|harga|ongkos) (tambahan|lain|lainnya)\b/, /\bextra (cost|charge|fee)s?\b/, /\btambahan (berapa|nya berapa)\b/, /\bberapa (uang|rupiah|ringgit)\b/,
    /\btotal\b.{0,30}\bberapa\b.{0,30}\b(sama|dengan|termasuk|plus)\b/, /\b(biaya|harga)( \w+)? (nambah|tambah) berapa\b/, /\btotal\b.*\bper (person|orang|pax)\b/, /\btotal (biaya|harga|cost|price)\b/, /\bwhats the total\b/,
  ] },
  // Where to pick the suitcase or the uniform up ("alamat kantor buat ambil koper", "ambil perlengkapan di kantor yang
  // mana?") asks for the office.
  { intent: 'location', confidence: 0.9, patterns: [
    /\b(ambil|mengambil|pengambilan|pick up|jemput)\b.*\b(kantor|office|alamat|maps|lokasi|cabang)\b/, /\b(kantor|office|alamat|maps|lokasi|cabang)\b.*\b(ambil|mengambil|pick up)\b/,
  ] },
  // "mohon dikirimkan info paket yang tersedia" asks for the list, not one package's details.
  { intent: 'ask_packages', confidence: 0.85, patterns: [/\b(info|list|daftar)( \w+)? paket( \w+)? (yang )?(tersedia|available|yang ada)\b/] },
  { intent: 'details', confidence: 0.9, patterns: [
    /\b(detail|brosur|itinerary|hotel|fasilitas|termasuk|exclude|excluded|maskapai|pesawat|airline|flight|manasik|perlengkapan|koper|ziarah|city tour|makan|makanan|nginap|nginep|menginap|seragam|catering|bintang|dapat apa saja)\b/,
    /\b(more info|tell me more|what is included|whats included|more information|info lengkap|info lebih|info detail|lebih lanjut|berapa hari|berapa malam|how many days|how many nights|jarak|ke masjid|ke haram|dekat haram)\b/,
    /\b(kirim|minta|send) (info|brosur|itinerary|detail)/, /\b(berangkat|keberangkatan) (nya )?dari\b/, /\bjadwal (program|kegiatan|harian|acara)\b/, /\b(transit|direct flight|langsung atau transit)\b/,
    /\btanggal (berapa|berangkat|keberangkatan|pulang|kepulangan)\b/, /\b(berangkat|pulang|kepulangan) (tanggal|kapan)\b/,
    // The room ("sekamar berapa orang", "quad ya?"), unless the price is what is asked ("quad berapa", "nambah berapa").
    /^(?!.*\b(harga|biaya|price|cost|how much|tarif|ongkos|nambah|tambah|upgrade)\b)(?!.*\b(quad|triple|quint|double) berapa\b).*\b(kamar|sekamar|sharing room|quad|triple|quint|double|room|rooms)\b/,
    /\b(bagasi|baggage|luggage|zam ?zam)\b/, /\b(kumpul|berkumpul|meeting point)\b/, /\b(kamar|sekamar)( \w+)? (isi|berisi) berapa\b/, /\bdepart(s|ing)? from\b/, /^(?!.*\b(kantor|office|buka)\b).*\bjam berapa\b/, /\bberapa kg\b/, /\b(kegiatan|agenda|rundown|ngapain aja|per hari|daily program)\b/,
  ] },
  // After details, so "lokasi hotel" stays a question about the package; the office and trust questions follow.
  { intent: 'location', confidence: 0.9, patterns: [
    /\b(alamat|lokasi|location|maps|google maps|peta|titik lokasi|cabang|branch|perwakilan)\b/,
    // Not "a group of 12 from the office", "teman kantor": colleagues.
    /(?<!\b(from|dari|teman|temen|rekan) (the |my |our |)?)\b(kantor|office)\b/, /\bwhere (are|r) (you|u|kalian)( located| based)?\b/,
    /\b(mampir|berkunjung|datang langsung|visit you|drop by)\b/, /\b(kalian|posisi) (di )?mana\b/,
  ] },
  { intent: 'testimonial', confidence: 0.9, patterns: [
    /\b(testimoni|review|ulasan|rating|dokumentasi|bukti keberangkatan)\b/, /\b(ada|mana|minta) (bukti|buktinya)\b/, /\b(video|foto|cerita|pengalaman|kesan) (jamaah|peserta|pelanggan|customer|alumni)\b/,
    /\b(what do|what did) (other |your )?(customers|pilgrims|people|clients) say\b/, /\bvideo\b/,
    /\bfoto (foto )?(rombongan|jamaah|keberangkatan|alumni)\b/, /(?<!\b(iklan|iklan di|dari|liat di|lihat di|from|on|via|at) )\b(instagram|ig|tiktok|youtube)\b/,
    /\b(legit|terpercaya|trustworthy|kemenag|ppiu|legalitas|licensed|licence|license|terdaftar|berizin|kementerian agama)\b/, /\b(photos|foto) (from|of|dari) (past|previous|earlier|trip|perjalanan)\b/,
  ] },
  // Another package ("selain paket ini ada yang lebih murah?") is the list, even when the price is why.
  // "Any packages in December?", with nobody counted, asks what there is, not who goes when.
  { intent: 'ask_packages', confidence: 0.85, patterns: [
    /\b(pilihan|opsi|options?|paket) (lain|lainnya)\b/, /\bselain (paket )?(ini|itu)\b/, /\bother (paket|options)\b/,
    /^(?!.*\b(\d+|satu|dua|tiga|empat|lima|orang|pax|people|persons|keluarga|family|suami|istri|wife|husband)\b).*(\b(any|ada) (paket|trips?|departures?)\b|\bpaket\b.*\b(yang ada|available|tersedia)\b)/,
  ] },
  { intent: 'price', confidence: 0.85, patterns: [/\b(nego|negotiable)\b/, /\bbisa (kurang|ditawar|dikurangi)\b/, /\b(harga|biaya|price|cost|how much|tarif|ongkos|murah|mahal)\b/, /\bberapa\b(?! (orang|pax|jamaah|peserta|malam|hari))/, /\ball in\b/] },
  // Thanks and "I'll talk it over with my husband first": a closing, not who is going.
  { intent: 'thanks', confidence: 0.85, patterns: [
    /\b(nanti|mau|akan|saya|kami)( saya| kami)? (rembukan|rembugan|rembuk|rembug|diskusi|diskusikan|musyawarah|musyawarahkan|bicarakan|rundingkan|runding|bahas|omongke|omongin|omongkan|rundingin|obrolin|ngobrolin|diskusiin)\b.{0,40}\b(dulu|dl|sik|sek)\b/, /\bnanti (saya |kami )?kabari\b/,
    /^(?=.*\b(terimakasih|terima kasih|thank you)\b).*\b(diskusi|discuss|bicarakan|rundingkan|runding|rundingan|musyawarah|maklumkan|kabari|kabarin|bincang|berbincang|rembukan|rembugan|rembuk|rembug|think about|semoga|aamiin|amin|omongke|omongin|omongkan|bahas|rundingin|obrolin)\b/,
  ] },
  { intent: 'people_month', confidence: 0.85, patterns: [
    /\b(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six) (orang|pax|people|persons?|adults?|jamaah|peserta)\b/,
    // Not "paket keluarga" / "family packages", a kind of package.
    /(?<!paket )\b(keluarga|family|rombongan|group)\b(?! paket)/, new RegExp(`\\bbulan (${MONTHS_ID}|depan|${MONTHS_ISLAMIC})\\b`),
    new RegExp(`\\b(in|on|around|maybe) (${MONTHS_EN})\\b`),
    /\b(sama|dengan|bersama|bareng|barengan|dan|with|and|and my) (pasangan|suami|istri|isteri|ortu|orang tua|anak|anak anak|keluarga|ibu|bapak|mama|papa|teman|husband|wife|kids|children|parents|family|mum|mom|mother|sister|brother|father|dad|daughter|son)\b/,
    new RegExp(`\\b(rencana|kalau bisa|insyaallah|insya allah|inshaallah|pengen|maunya|sekitar|mungkin|planning|plan|aiming for|pas|saat) (bulan |di bulan |in )?(${MONTHS_ID}|${MONTHS_ISLAMIC}|puasa|${MONTHS_EN})\\b`),
    /\bber ?\d+\b/, /\b(sendiri|sendirian|alone|by myself)\b/, /\b(orang) (satu|dua|tiga|empat|lima|enam|tujuh|delapan|\d+)\b/,
    /\b(habis|setelah|sesudah|sebelum|after|before) (lebaran|idul fitri|idul adha|ramadhan|puasa|haji)\b/,
  ] },
  { intent: 'ask_packages', confidence: 0.85, patterns: [
    /\b(paket|jadwal|promo|keberangkatan|umroh|program)\b/, /\b(available|what|which|any) (paket|trips?|departures?)\b/, /\b(list|upcoming|coming up)\b.*\b(paket|trips?|departures?)\b/, /\bdepartures\b/, /\bplus (turki|turkey|dubai|mesir|egypt|aqsa|palestina|yordania|jordan|istanbul|cairo|kairo|taif|thaif)\b/, /\bdaftar (paket|harga|jadwal|program)\b/,
  ] },
  { intent: 'thanks', confidence: 0.9, patterns: [/\b(terimakasih|terima kasih|jazakallah|thank you|thankyou|appreciate)\b/] },
  { intent: 'greeting', confidence: 0.9, patterns: [/\b(salam|halo|hallo|helo|hai|hi|hello|hey|pagi|siang|sore|malam|permisi|selamat|good (morning|afternoon|evening))\b/] },
  // A yes and nothing else: "ya mau dong", "nggih mas, monggo dikirim", "oke sip", "iya kak mau liat". Each word must
  // end at a space or the end: with the space optional, "dilihat" read as "dilihat" or "di"+"lihat", and a message of
  // twenty of them took the regex 0.2 s, doubling with each more (anyone can send one).
  { intent: 'affirmative', confidence: 0.8, patterns: [
    /^(?=.*\b(ya|oke|mau|tentu|nggih|monggo|please|gas|yoi|siap|betul)\b)(?:(?:ya sudah|ya|oke|mau|tentu|nggih|monggo|please|gas|yoi|siap|betul|dong|deh|aja|saja|kak|mas|mbak|teh|kang|bang|gan|sis|pak|bu|di|dikirim|kirim|liat|lihat|dilihat|lanjut|uda|da|lah|mi|yo|sik|hayu|ayo|yuk|silakan)(?: |$))+$/,
    /^(of course|absolutely|go ahead)( please)?$/,
  ] },
];

export interface IntentMatch {
  readonly intent: Intent;
  readonly confidence: number;
  /** Every intent that matched, in priority order (for AI notes and analytics). */
  readonly matched: readonly Intent[];
}

/**
 * "belum mau daftar, cuma tanya…", "not ready to book yet", "takut disuruh bayar lagi": saying one is not paying yet, or
 * fears being made to pay more, is not a wish to pay.
 */
const NOT_PAYING_YET = /\b(belum|tidak) mau (daftar|bayar|booking|book|transfer|dp|ambil)\b|\bnot (yet )?(ready to |going to )?(book|pay|register|sign up)\b|\bdisuruh bayar( bayar)?\b/g;

export function classifyIntent(normalised: string): IntentMatch {
  const text = normalised.replace(NOT_PAYING_YET, ' ');
  const matched: IntentRule[] = INTENT_RULES.filter((r) => r.patterns.some((p) => p.test(text)));
  const top = matched[0];
  if (!top) return { intent: 'unknown', confidence: normalised.trim() === '' ? 0.2 : 0.3, matched: [] };
  return { intent: top.intent, confidence: top.confidence, matched: [...new Set(matched.map((r) => r.intent))] };
}

// --- The decision ------------------------------------------------------------------------------------------------

export interface DecisionInput {
  /** The turn's messages, oldest first (a burst is one turn). */
  readonly messages: readonly string[];
  readonly phase: Phase;
  /** The conversation's package so far (from an earlier code), or null. */
  readonly packageCode: string | null;
  /** Codes of the catalogue's packages (sold-out ones included: a code still attributes). */
  readonly knownCodes: ReadonlySet<string>;
  readonly previousLanguage?: Language;
  /** Below this confidence the turn escalates (`low_confidence`); a workspace setting. */
  readonly lowConfidenceThreshold: number;
  /**
   * Whether the workspace configured the office location and testimonial videos; absent means both are. A question
   * about one that is not configured is a question the assistant cannot answer (low confidence: a person answers).
   */
  readonly available?: { readonly office: boolean; readonly testimonials: boolean };
  /**
   * A guess at a normalised turn no pattern reads (phrasing/labelled.ts: what the labelled turns teach), or null when
   * it has none; without it such a turn is unknown.
   */
  readonly phrasing?: (normalised: string) => PhrasingGuess | null;
}

export interface Decision {
  readonly intent: Intent;
  readonly matched: readonly Intent[];
  readonly language: Language;
  readonly phase: Phase;
  readonly confidence: number;
  readonly escalate: boolean;
  readonly escalationReason: EscalationReason | null;
  /** The package the turn is about: a valid code in these messages, else the conversation's. */
  readonly packageCode: string | null;
  readonly codes: CodeChoice;
  /** A payment question before any package is known (the seed's "payment questions early"): alert, no booking. */
  readonly highIntent: boolean;
  /** Short notes for the people reading the conversation, as codes (worded in English by notes/rules.ts). */
  readonly notes: readonly AiNote[];
}

const rank = (p: Phase): number => PHASES.indexOf(p);
/** Phases only move forward: the later of the two. */
export const laterPhase = (a: Phase, b: Phase): Phase => (rank(b) > rank(a) ? b : a);

const COMPLEX: ReadonlySet<Intent> = new Set(['transfer_done', 'health', 'visa', 'refund', 'complaint']);

/**
 * The most of a turn the intent patterns read. A few of them look for a second word anywhere after a first ("harga …
 * naik"), which costs the square of the length: a pasted 40,000-character message held the one core for 0.2 s. A
 * turn's ask is in its first lines; campaign codes are still looked for in the whole text (their pattern is linear).
 */
const READ_CHARS = 2_000;

/** Shaped like a campaign code (three parts joined by underscores); from a word's start only, so it stays linear. */
const CODE_SHAPED = /(?<![a-z0-9])[a-z0-9]+_[a-z0-9]+_[a-z0-9]+/i;

/**
 * A guess from phrasing is taken when naive Bayes gives it at least half the probability (0.5 and 0.3 did the same
 * on two blind sets, 0.8 lost a turn, 0 took true unknowns). It reads as 0.7 confident, below every pattern, so a
 * workspace that sets its low-confidence threshold above 0.7 has a person answer every guessed turn.
 */
const GUESS_AT_LEAST = 0.5;
const GUESS_CONFIDENCE = 0.7;

export function decide(input: DecisionInput): Decision {
  const text = input.messages.join('\n');
  const normalised = normalise(text.slice(0, READ_CHARS));
  const codes = chooseCampaignCode(text, input.knownCodes);
  const packageCode = codes.chosen ?? input.packageCode;
  let { intent, confidence, matched } = classifyIntent(normalised);
  let guessed = false;
  if (matched.length === 0 && input.phrasing) {
    // A code is the code finder's to see, not the guess's: it reads the words around the codes, if any (the code
    // pattern reads the normalised spelling too, "umr mar 2025 hemat").
    const words = normalised.replace(CODE_PATTERN, ' ').replace(/ {2,}/g, ' ').trim();
    const guess = words === '' ? null : input.phrasing(words);
    if (guess && guess.intent !== 'unknown' && guess.intent !== 'campaign_code' && guess.probability >= GUESS_AT_LEAST) {
      intent = guess.intent;
      confidence = GUESS_CONFIDENCE;
      matched = [guess.intent];
      guessed = true;
    }
  }
  // A code alone, or with a greeting or a general question, is the campaign's opening message.
  if (codes.chosen && ['unknown', 'greeting', 'ask_packages', 'affirmative', 'thanks', 'people_month'].includes(intent)) {
    intent = 'campaign_code';
    confidence = 0.95;
    guessed = false;
  }
  // "Yes" to "would you like the details?" is asking for the details; without a package it says nothing we can use.
  if (intent === 'affirmative') {
    if (packageCode) intent = 'details';
    else confidence = 0.6;
  }
  // Something shaped like a code that names no package, alone or with a greeting, thanks, a count of people or a general
  // "info": the general welcome, not a question for a person.
  if (['unknown', 'greeting', 'thanks', 'affirmative', 'people_month', 'ask_packages'].includes(intent) && !codes.chosen && (codes.invalid.length > 0 || CODE_SHAPED.test(text))) {
    intent = 'campaign_code';
    confidence = 0.6;
    guessed = false;
  }
  if (intent === 'price' && !packageCode) intent = 'ask_packages';
  const missingMedia =
    (intent === 'location' && input.available?.office === false) || (intent === 'testimonial' && input.available?.testimonials === false);
  if (missingMedia) confidence = 0.4;

  let target: Phase = 'leads';
  let highIntent = false;
  let escalationReason: EscalationReason | null = null;
  if (intent === 'human') escalationReason = 'customer_request';
  else if (COMPLEX.has(intent)) escalationReason = 'complex_question';
  else if (intent === 'payment') {
    if (packageCode) {
      target = 'booking';
      escalationReason = 'payment_intent';
    } else if (input.phase === 'leads') {
      highIntent = true;
    } else {
      target = 'booking';
      escalationReason = 'payment_intent';
    }
  } else if (intent === 'details' || intent === 'price') target = 'interest';
  if (intent === 'transfer_done') target = 'booking';
  if (escalationReason === null && confidence < input.lowConfidenceThreshold) escalationReason = 'low_confidence';

  const phase = laterPhase(input.phase, target);
  const notes: AiNote[] = [];
  if (highIntent) notes.push({ code: 'wa.payment_before_package' });
  if (escalationReason === 'payment_intent') notes.push({ code: 'wa.payment_intent' });
  if (escalationReason === 'complex_question') notes.push({ code: 'wa.complex_question', values: { intent } });
  if (escalationReason === 'customer_request') notes.push({ code: 'wa.customer_request' });
  if (guessed) notes.push({ code: 'wa.intent_guessed', values: { intent } });
  if (escalationReason === 'low_confidence') {
    notes.push({ code: !missingMedia ? 'wa.unreadable' : intent === 'location' ? 'wa.office_not_configured' : 'wa.testimonials_not_configured' });
  }
  if (codes.ignored.length > 0) notes.push({ code: 'wa.codes_ignored', values: { codes: codes.ignored.join(', ') } });
  if (codes.invalid.length > 0) notes.push({ code: 'wa.codes_unknown', values: { codes: codes.invalid.join(', ') } });
  return {
    intent,
    matched,
    language: detectLanguage(normalised, input.previousLanguage),
    phase,
    confidence,
    escalate: escalationReason !== null,
    escalationReason,
    packageCode,
    codes,
    highIntent,
    notes,
  };
}

const PEOPLE_WORDS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** How many people travel, from what the customer wrote ("2 orang", "berdua", "we are 3 people"); the latest mention wins. */
export function peopleCount(messages: readonly string[]): number | null {
  let found: number | null = null;
  for (const text of messages) {
    const n = normalise(text);
    for (const m of n.matchAll(/\b(\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six) (orang|pax|people|persons?|adults?|jamaah|peserta)\b/g)) {
      const raw = m[1] ?? '';
      const value = /^\d+$/.test(raw) ? Number(raw) : (PEOPLE_WORDS[raw] ?? null);
      if (value !== null && value > 0 && value <= 500) found = value;
    }
  }
  return found;
}
