// The script of the demo's CRM day: the agency, its prospects, its two campaigns, and who does what afterwards.

/** A web agency with a desk in Indonesia (Putri, by email) and one in Guatemala (Carlos, by SMS). */
export const AGENCY = {
  name: 'Webcepat Studio',
  smtpFrom: 'Webcepat Studio <halo@webcepat.contoh.co.id>',
  /** The Twilio number the SMS go out from and replies come back to. */
  twilioFrom: '+15017122661',
  indonesiaOwner: 'Putri Anggraini',
  guatemalaOwner: 'Carlos Méndez',
} as const;

export interface DemoBusiness {
  name: string;
  /** Local Indonesian numbers are read with the workspace's country (ID); Guatemalan ones carry +502. */
  phone: string;
  email?: string;
  city: string;
  source: string;
  owner: string;
}

const ID = AGENCY.indonesiaOwner;
const GT = AGENCY.guatemalaOwner;

/** Twenty small businesses found on maps, marketplaces and social media; a few have no email address. */
export const BUSINESSES: readonly DemoBusiness[] = [
  { name: 'Warung Makan Bu Sri', phone: '0812-2456-7801', email: 'warungbusri@contoh.co.id', city: 'Yogyakarta', source: 'google-maps', owner: ID },
  { name: 'Bengkel Motor Jaya Abadi', phone: '0813-3012-4476', city: 'Surabaya', source: 'google-maps', owner: ID },
  { name: 'Toko Kue Cahaya', phone: '0857-4123-9087', email: 'tokokuecahaya@contoh.co.id', city: 'Surabaya', source: 'instagram', owner: ID },
  { name: 'Laundry Kilat Bersih', phone: '0821-3345-6712', city: 'Bandung', source: 'google-maps', owner: ID },
  { name: 'Salon Cantik Ayu', phone: '0878-8812-3456', email: 'salon.cantikayu@contoh.co.id', city: 'Semarang', source: 'instagram', owner: ID },
  { name: 'Apotek Sehat Sentosa', phone: '0811-2870-5519', email: 'apoteksehatsentosa@contoh.co.id', city: 'Malang', source: 'referral', owner: ID },
  { name: 'Kedai Kopi Senja', phone: '0856-4302-1188', email: 'kedaikopisenja@contoh.co.id', city: 'Bandung', source: 'instagram', owner: ID },
  { name: 'Percetakan Mitra Grafika', phone: '0822-4417-9035', email: 'mitragrafika@contoh.co.id', city: 'Malang', source: 'tokopedia', owner: ID },
  { name: 'Katering Dapur Ibu', phone: '0819-0563-2247', email: 'dapuribu.katering@contoh.co.id', city: 'Jakarta Selatan', source: 'facebook', owner: ID },
  { name: 'Klinik Gigi Senyum Sehat', phone: '0852-2941-6630', email: 'klinikgigisenyum@contoh.co.id', city: 'Denpasar', source: 'referral', owner: ID },
  { name: 'Batik Sekar Arum', phone: '0817-0338-4412', email: 'batiksekararum@contoh.co.id', city: 'Pekalongan', source: 'tokopedia', owner: ID },
  { name: 'Panadería La Espiga', phone: '+502 5512 3478', email: 'pedidos@laespiga.ejemplo.com.gt', city: 'Ciudad de Guatemala', source: 'google-maps', owner: GT },
  { name: 'Taller Mecánico Hermanos López', phone: '+502 4021 8890', city: 'Quetzaltenango', source: 'google-maps', owner: GT },
  { name: 'Comedor Doña Chepita', phone: '+502 5789 1234', email: 'comedorchepita@ejemplo.com.gt', city: 'Antigua Guatemala', source: 'facebook', owner: GT },
  { name: 'Ferretería El Martillo', phone: '+502 3345 6677', email: 'ventas@elmartillo.ejemplo.com.gt', city: 'Mixco', source: 'referral', owner: GT },
  { name: 'Café Altiplano', phone: '+502 4455 9012', email: 'hola@cafealtiplano.ejemplo.com.gt', city: 'Antigua Guatemala', source: 'instagram', owner: GT },
  { name: 'Clínica Dental Sonrisa', phone: '+502 5023 4567', email: 'citas@clinicasonrisa.ejemplo.com.gt', city: 'Ciudad de Guatemala', source: 'referral', owner: GT },
  { name: 'Tienda Típica Maya', phone: '+502 4789 3321', email: 'tiendamaya@ejemplo.com.gt', city: 'Quetzaltenango', source: 'feria-artesanal', owner: GT },
  { name: 'Lavandería Express', phone: '+502 5631 2290', city: 'Escuintla', source: 'google-maps', owner: GT },
  { name: 'Ferretería San José', phone: '+502 3012 7745', city: 'Chimaltenango', source: 'google-maps', owner: GT },
];

/** What the site generator reports, per business: the events in order, and where a deployed site lives. */
export const SITES: readonly { business: string; events: readonly ('site_generation_started' | 'site_generation_completed' | 'site_deployed')[]; siteUrl?: string }[] = [
  { business: 'Warung Makan Bu Sri', events: ['site_generation_started', 'site_generation_completed', 'site_deployed'], siteUrl: 'https://warungbusri.webcepat.contoh.co.id' },
  { business: 'Panadería La Espiga', events: ['site_generation_started', 'site_generation_completed', 'site_deployed'], siteUrl: 'https://laespiga.webcepat.ejemplo.com.gt' },
  { business: 'Apotek Sehat Sentosa', events: ['site_generation_started', 'site_generation_completed'] },
  { business: 'Café Altiplano', events: ['site_generation_started', 'site_generation_completed'] },
  { business: 'Batik Sekar Arum', events: ['site_generation_started'] },
];

/** Rate of both campaigns: 600 a minute, one message every 100 ms, so each is sent within a few seconds. */
const RATE_PER_MINUTE = 600;

export const EMAIL_CAMPAIGN = {
  name: 'Situs web untuk usaha Anda (Indonesia)',
  channel: 'email',
  subject: '{{name}}: contoh situs web untuk usaha Anda di {{city}}',
  body: [
    'Halo {{name}},',
    '',
    'Usaha Anda di {{city}} belum punya situs web sendiri, jadi kami membuatkan contohnya. Silakan dilihat, gratis:',
    'https://webcepat.contoh.co.id/contoh',
    '',
    'Kalau cocok, situsnya bisa online minggu ini. Balas email ini saja.',
    '',
    'Salam,',
    '{{owner}}, Webcepat Studio',
  ].join('\n'),
  audience: { owner: AGENCY.indonesiaOwner },
  rate_per_minute: RATE_PER_MINUTE,
} as const;

export const SMS_CAMPAIGN = {
  name: 'Sitio web para su negocio (Guatemala)',
  channel: 'sms',
  body: 'Hola {{name}}: preparamos un sitio web de muestra para su negocio en {{city}}. ¿Le interesa verlo? Responda a este mensaje. STOP para no recibir más. {{owner}}, Webcepat',
  audience: { owner: AGENCY.guatemalaOwner },
  rate_per_minute: RATE_PER_MINUTE,
} as const;

/** Who does what once the campaigns are out. Every one of them is a different business. */
export const CAST = {
  /** Its number is unreachable: Twilio reports the SMS undelivered (30003). */
  unreachable: 'Ferretería El Martillo',
  smsReplies: [
    { business: 'Taller Mecánico Hermanos López', body: 'Sí me interesa. ¿Cuánto cuesta al mes?' },
    { business: 'Comedor Doña Chepita', body: 'Buenas tardes, ¿se puede poner el menú del día en la página?' },
  ],
  smsStop: { business: 'Lavandería Express', body: 'STOP' },
  emailOpens: 'Toko Kue Cahaya',
  emailClicks: 'Katering Dapur Ibu',
  /** Pays the first month of site + hosting through a Recurrente checkout that names the business. */
  pays: { business: 'Panadería La Espiga', amountInCents: 25_000, currency: 'GTQ' },
  /** Subscribes, then cancels the same day. */
  subscribesThenCancels: 'Café Altiplano',
} as const;

/** The Recurrente product both subscriptions are for. */
export const PLAN = {
  product: { id: 'prod_webcepat_hosting', name: 'Sitio web + hosting (mensual)' },
  price: { id: 'price_webcepat_250', amount_in_cents: 25_000, currency: 'GTQ', billing_interval: 'month', billing_interval_count: 1 },
} as const;
