/**
 * The word lists the extractor reads. Everything language-specific lives in lexicon-id.ts and
 * lexicon-en.ts; the lists here are shared because names, titles and organisations cross
 * languages (an Indonesian story quotes "Presiden Joko Widodo" and "Reuters" alike).
 * All words are lower case; lookups lower-case the token first.
 */

/** What one language contributes. */
export interface Lexicon {
  lang: 'id' | 'en';
  /** Verbs of saying that can stand before their speaker: "kata Budi", "said Smith". */
  inverted: ReadonlySet<string>;
  /** Verbs of saying that follow their subject: "Budi mengatakan", "Smith said". */
  verbs: ReadonlySet<string>;
  /** Verbs that attribute only a fragment: "called it", "menyebut". */
  fragmentVerbs: ReadonlySet<string>;
  /** Nouns of saying followed (id) or preceded (en, possessive) by their speaker: "peringatan Putin". */
  nouns: ReadonlySet<string>;
  /** Words that introduce a speaker after them: "menurut", "according to". */
  preps: readonly string[];
  /** Personal pronouns (and what they can refer to). */
  pronouns: ReadonlyMap<string, Pronoun>;
  /** Adverbs allowed between a speaker and the verb, or after an inverted verb: "juga", "also". */
  adverbs: ReadonlySet<string>;
  /** Words that end a speaker phrase: prepositions, relative pronouns. */
  boundaries: ReadonlySet<string>;
  /** Conjunctions before a verb of saying whose subject is then the sentence's subject. */
  conjunctions: ReadonlySet<string>;
  /** Capitalised at the start of a sentence but never a name. */
  sentenceWords: ReadonlySet<string>;
  /** Sentence-opening prepositions whose phrase (up to a comma) holds no subject. */
  introPreps: ReadonlySet<string>;
  /** Definite noun phrases that stand for an organisation: "the ministry", "kementerian itu". */
  definiteHeads: ReadonlySet<string>;
  /** Determiners that make a noun phrase definite (en: before, id: after). */
  definiteMarkers: ReadonlySet<string>;
  /** Determiners of an indefinite speaker: "a", "seorang". */
  indefiniteMarkers: ReadonlySet<string>;
  /** Words right before a quoted phrase that make it a name, title or term, not speech. */
  scareCues: ReadonlySet<string>;
  /** Words that make a sentence about the future (for weekday resolution). */
  future: ReadonlySet<string>;
  /** Week days, Monday first. */
  weekdays: readonly string[];
  /** Month names, January first (abbreviations too, see monthIndex). */
  months: readonly string[];
  /** Patterns that name the outlet a quote was relayed through (group 1 onwards). */
  via: readonly ViaCue[];
  /** Words for "the outlet": "the station", "the agency" (resolved to the last outlet named). */
  outletHeads: ReadonlySet<string>;
  /** Speaker name when none can be found. */
  unknown: string;
  /** Common words, for language detection. */
  stopwords: ReadonlySet<string>;
}

/** "seperti dikutip dari X", "told X": `outletOnly` when X must look like an outlet ("told reporters" is no relay). */
export interface ViaCue {
  pattern: RegExp;
  outletOnly: boolean;
}

export interface Pronoun {
  /** `person` for he/she/ia/dia/beliau, `org` for it, `any` for they/mereka. */
  refers: 'person' | 'org' | 'any';
  gender?: 'm' | 'f';
}

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Indonesian police and prosecutors' titles written as one word, a head's title and the unit's: "Kasatlantas",
 * "Kanitreskrim", "Kasipidum", "Wakasatnarkoba".
 */
const UNIT_TITLES = ['kasat', 'wakasat', 'kanit', 'kasi', 'kaur'].flatMap((head) =>
  'lantas reskrim narkoba intelkam binmas sabhara samapta tahti humas propam pidum pidsus datun tipikor'
    .split(' ')
    .map((unit) => head + unit),
);

/**
 * Indonesian titles shortened to one word, and the words they stand for: "Kadinkes" is the Kepala Dinas Kesehatan the
 * story named before.
 */
export const SHORT_TITLES = new Map(
  Object.entries({
    kadinkes: 'kepala dinas kesehatan',
    kadisdik: 'kepala dinas pendidikan',
    kadishub: 'kepala dinas perhubungan',
    kadinsos: 'kepala dinas sosial',
    kadispora: 'kepala dinas pemuda olahraga',
    kadisnaker: 'kepala dinas tenaga kerja',
    kadistan: 'kepala dinas pertanian',
    kadisperindag: 'kepala dinas perindustrian perdagangan',
    kadisdukcapil: 'kepala dinas kependudukan pencatatan sipil',
    kadiskominfo: 'kepala dinas komunikasi informatika',
    kajari: 'kepala kejaksaan negeri',
    kajati: 'kepala kejaksaan tinggi',
    kalapas: 'kepala lembaga pemasyarakatan',
    karutan: 'kepala rumah tahanan',
    kalak: 'kepala pelaksana',
    kakanwil: 'kepala kantor wilayah',
    kepsek: 'kepala sekolah',
    sekdes: 'sekretaris desa',
    wabup: 'wakil bupati',
    wagub: 'wakil gubernur',
    wawali: 'wakil walikota',
    dandim: 'komandan kodim',
    danrem: 'komandan korem',
  }),
);

/**
 * Titles and positions. Inside a name run they are the role; lower-case ones also join a run
 * ("spokesman Anton Belyaev", "juru bicara KPK"). Multi-word roles are listed word by word.
 */
export const ROLE_WORDS = new Set([
  ...words(`
  presiden wakil menteri sekretaris jenderal sekjen direktur utama dirut komisaris ketua kepala
  juru bicara jubir gubernur bupati walikota wali camat lurah kades panglima kapolri kapolda kapolres
  kapolsek kapolresta kapolrestabes wakapolri wakapolda wakapolres wakapolresta wakapolsek kasat kasatreskrim
  kabid humas kasubdit kabag kadis sekda deputi asisten staf khusus
  kasi kanit kasubbag kasubag lantas satlantas reskrim satreskrim intelkam sabhara binmas samapta propam
  duta dubes konsul anggota pengamat ekonom peneliti epidemiolog dosen guru besar rektor dekan
  dokter pakar ahli analis pelatih kapten pemain penyerang kiper bek gelandang pengacara kuasa
  hakim jaksa penuntut umum majelis tersangka terdakwa saksi korban warga penduduk penumpang penonton
  pedagang petani nelayan sopir buruh mahasiswa siswa pendiri pemilik pengurus pelaksana
  koordinator manajer kepala ketum sutradara aktor aktris penyanyi penulis wartawan perdana
  raja ratu pangeran imam ustaz pendeta uskup paus kardinal
  president vice minister prime secretary general director executive chief officer ceo cfo coo
  chair chairman chairwoman chairperson head spokesman spokeswoman spokesperson manager coach
  captain defender striker goalkeeper midfielder forward player organiser organizer machinist
  worker owner founder co-founder author co-author lead professor researcher scientist
  economist analyst ecologist immunologist epidemiologist virologist doctor nurse lawyer
  attorney prosecutor judge justice senator congressman congresswoman representative governor
  mayor commissioner administrator ambassador envoy colonel admiral sergeant detective inspector
  superintendent constable premier leader member councillor councilor councilman councilwoman
  resident student teacher principal farmer fisherman driver passenger witness expert official
  deputy assistant adviser advisor aide editor reporter correspondent novelist actor actress
  singer director-general secretary-general undersecretary treasurer auditor economist
  chancellor king queen prince princess pope bishop archbishop cardinal imam rabbi
  marshal sheriff commander lieutenant major officer trooper ranger chaplain dean provost warden reeve
  karyawan pegawai employee staffer pengasuh pimpinan direksi dirjen menkes menlu menhan mendagri
  menkeu mensos menpora kadiv
  neighbor neighbour villager complainant victim relative fiance fiancé fiancee fiancée bystander
  shopper customer fan source spokesperson campaigner protester activist survivor
  skipper batter bowler batsman winger quarterback pitcher candidate olympian paralympian
  sarpanch panch clerk assessor coroner registrar alderman alderwoman selectman selectwoman trustee supervisor
  educator specialist agronomist meteorologist forecaster planner consultant instructor technician coordinator
`),
  ...UNIT_TITLES,
  ...SHORT_TITLES.keys(),
]);

/** People described, not named: "a neighbor", "the officer", "the little girl". */
export const PERSON_NOUNS = words(`
  neighbor neighbour villager resident complainant victim relative friend mother father daughter son
  wife husband partner parent sister brother uncle aunt grandmother grandfather fiance fiancé
  fiancee fiancée bystander witness shopper customer fan source man woman girl boy officer official
  spokesman spokeswoman spokesperson member owner worker employee passenger driver student teacher
  doctor nurse lawyer attorney prosecutor judge minister mayor councillor councilor campaigner
  protester activist survivor local teenager pensioner motorist motorcyclist cyclist diver pilot manager foreman
  shopkeeper commuter traveller traveler eyewitness passer-by pedestrian tourist visitor homeowner tenant
  landlord patient mum mom dad grandparent pupil volunteer supporter voter trader vendor
  guard security-guard mechanic engineer labourer laborer builder contractor cleaner hawker seller businessman
  businesswoman entrepreneur chef cook waiter waitress cashier miner soldier veteran athlete runner
  lecturer headteacher pastor priest cleric artist musician writer journalist photographer
  electrician plumber carpenter tailor barber baker butcher porter caretaker housewife homemaker retiree
  graduate youth boss operator farmer fisherman player tactician gaffer mogul tycoon inhabitant citizen politician elder
  announcer presenter broadcaster commentator
  pasien petugas pengunjung pembeli penjual pengemudi pengendara pemudik relawan tetangga pelajar santri
  jemaah peserta pendukung suporter wisatawan pelanggan konsumen penghuni nasabah pekerja pengguna pria wanita
  perempuan remaja pemuda pemudi gadis ibu bapak mama penambang peternak pengrajin perajin pekebun petambak pembudidaya
  politisi politikus jurnalis lelaki laki-laki aktivis pegiat penggiat pemerhati akademisi budayawan sejarawan tokoh
`);

/** Titles one person holds at a time ("Ketua", "Kapolres"), unlike "Pemain" or "Anggota": an office. */
export const OFFICES = new Set(
  `ketua wakil kepala kapolri kapolda kapolres kapolresta kapolrestabes kapolsek wakapolri wakapolda wakapolres
  wakapolresta wakapolsek bupati walikota wali gubernur camat lurah kades presiden menteri direktur dirut rektor dekan
  panglima kadis sekda ketum kasat kasatreskrim kabid kasubdit kabag kasi kanit sekretaris pelatih kapten`
    .split(/\s+/)
    .concat(UNIT_TITLES, [...SHORT_TITLES.keys()]),
);

/** Is a (lower-case) word a title or a word for a person: "spokesman", "pedagang", "neighbour"? */
export const isPersonWord = (lower: string): boolean => isPersonNoun(lower) || ROLE_WORDS.has(lower);

/** A word for a person that is no title: "neighbour", "father-of-one". */
export const isPersonNoun = (lower: string): boolean =>
  PERSON_NOUNS.has(lower) || (PARENT_OF.test(lower) && PERSON_NOUNS.has(lower.split('-')[0]));

/** A word for people in the plural: "traders", "members" (not "bus", not "boss"). */
export const isPluralPersonWord = (head: string | undefined): boolean =>
  Boolean(head && /[^s]s$/.test(head) && isPersonWord(head.slice(0, -1)));

/** "father-of-one", "mother-of-three", "grandmother-of-12": a parent named by their children. */
const PARENT_OF = /^\p{Ll}+-of-(?:\p{Ll}+|\d+)$/u;

/** Nationalities as English names a person by them: "the Dutchman rued", "the Australian said". */
export const DEMONYMS = words(`
  dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman welshman welshwoman scotsman
  scotswoman scot briton spaniard swede dane finn pole turk kiwi australian american canadian brazilian argentine
  argentinian uruguayan colombian chilean mexican german italian portuguese norwegian belgian croatian serbian austrian
  russian ukrainian nigerian ghanaian kenyan senegalese cameroonian ivorian egyptian moroccan algerian tunisian indian
  pakistani bangladeshi japanese korean chinese indonesian malaysian filipino thai vietnamese iranian israeli
  lebanese syrian saudi emirati iraqi jordanian palestinian afghan nepali singaporean ugandan tanzanian zimbabwean
  zambian jamaican trinidadian cuban haitian greek hungarian romanian bulgarian czech slovak
`);

/** Ranks and honorifics: part of a title, never of the name ("Irjen", "Dr.", "Sen."); the corps after an army rank ("Kolonel Inf"). */
export const HONORIFICS = words(`
  dr dr. drg prof prof. ir ir. h h. hj hj. kh mr mr. mrs mrs. ms ms. miss mx sir dame lord lady
  sen sen. rep rep. gov gov. gen gen. lt lt. col col. capt capt. sgt sgt. maj maj. adm adm. cmdr
  st. rev rev. revd revd. fr fr. hon hon. jr jr. sr sr. cllr cllr. coun coun. drs drs. cr cr. snr snr. const const. det det.
  insp insp. supt supt. cst cst. adv adv. pdt pdt. gus
  irjen brigjen kombes akbp akp iptu ipda aiptu bripka briptu kompol komjen jenderal letjen
  mayjen marsekal laksamana kolonel letkol mayor kapten pol pol. tni
  inf kav arh czi chb cpm cku ckm caj chk cpn ctp pnb psk
  sp dsp asp csp acp dcp
`);

/** Words that make a name an organisation. */
export const ORG_WORDS = words(`
  kementerian kemenkes kemenlu kemlu kemendikbud badan dinas lembaga komisi dewan majelis mahkamah
  radio pengadilan kejaksaan kejagung kepolisian polisi polri polda polres polresta polrestabes polsek tni istana pemerintah
  pemkot pemko pemkab pemprov partai universitas institut sekolah rumah sakit bank perusahaan pt tbk
  persero yayasan asosiasi federasi himpunan ikatan perkumpulan serikat koperasi kantor biro
  forum paguyuban aliansi komunitas koalisi perhimpunan persatuan gerakan subak kelompok gabungan gapoktan poktan
  toko kios warung unit satuan etnis suku
  peraturan keputusan instruksi perda perbup perwali pergub perpres inpres keppres
  pencegahan pengendalian pelayanan penanggulangan pemberdayaan pembinaan pengawasan pengembangan penanganan
  perlindungan perencanaan pendidikan kesehatan perhubungan kebudayaan pariwisata kependudukan perdagangan
  perindustrian pertanian perikanan kehutanan kepegawaian kesejahteraan ketertiban penerangan
  direktorat otoritas kedutaan kbri kjri dpr dpd mpr kpu bawaslu satgas tim klub pemda
  ministry department agency police force council commission committee court board bureau office
  authority administration government university college institute school hospital bank company
  corporation corp corp. inc inc. ltd ltd. llc plc group holdings association federation union
  organization organisation foundation society party army navy military service services
  embassy parliament senate congress assembly cabinet kremlin pentagon club team network
  railways airline airlines agency
  energy motors airways technologies systems industries pharmaceuticals communications solutions labs laboratories
  entertainment studios insurance mining petroleum telecom logistics properties ventures hotels brewery utilities
  manufacturing enterprises foods nations
  store stores shop shops supermarket pharmacy bakery restaurant cafe café pub tavern diner elementary
`);

/** Organisations known by one word. */
export const KNOWN_ORGS = words(`
  kremlin pentagon whitehall istana nato pbb un who unicef unesco imf opec asean eu fbi cia
  kpk bmkg bnpb bpbd bps ojk bi kpu mui nu bulog basarnas bpjs pln pdam bnn bpom bkkbn baznas bpk
`);

/**
 * Indonesia's regencies and cities (the Home Ministry's list), by the word that tells them apart, and the short forms
 * papers use ("Lamtim", "Sidrap"). Left out: the ones that are also given names or family names ("Bima", "Batubara",
 * "Samosir", "Karo", "Lingga", "Agam", "Malaka") or common words in either language ("Bone", "Natal", "Deli", "Metro",
 * "Raya", "Tinggi", "Laut", "Mas").
 */
const REGENCIES = `
  simeulue singkil pidie bireuen lhokseumawe langsa subulussalam nagan gayo lues tamiang meulaboh
  langkat serdang asahan labuhanbatu tapanuli dairi humbang hasundutan pakpak simalungun mandailing
  padangsidimpuan sibolga pematangsiantar gunungsitoli
  pasaman sijunjung dharmasraya solok mentawai payakumbuh pariaman sawahlunto bukittinggi padangpanjang
  kampar rokan hulu hilir bengkalis indragiri kuantan singingi pelalawan siak meranti
  karimun bintan natuna anambas
  kerinci merangin sarolangun batanghari muaro tebo bungo tanjab sungaipenuh
  banyuasin ogan komering ilir lahat enim musi rawas prabumulih lubuklinggau pagaralam
  mukomuko seluma kepahiang rejang lebong
  pringsewu pesawaran tanggamus mesuji lamtim lamsel lamteng lampura lambar tubaba pesibar
  pandeglang lebak
  majalengka indramayu subang sumedang ciamis pangandaran kuningan
  cilacap banyumas purbalingga banjarnegara kebumen purworejo wonosobo temanggung kendal demak grobogan
  blora rembang brebes pemalang salatiga
  gunungkidul kulon progo
  pacitan ponorogo trenggalek tulungagung lumajang bondowoso situbondo nganjuk magetan ngawi bojonegoro
  tuban lamongan jombang bangkalan sampang pamekasan sumenep
  jembrana tabanan badung gianyar klungkung bangli karangasem buleleng
  dompu lombok sumbawa
  sikka ngada nagekeo manggarai lembata belu timor tengah sumba rote ndao raijua
  sambas bengkayang sanggau sintang kapuas ketapang sekadau melawi kayong singkawang
  kotawaringin katingan seruyan sukamara lamandau barito
  tabalong balangan tapin hulu kotabaru banjarbaru
  paser kutai berau penajam mahakam nunukan malinau bulungan
  minahasa bolaang mongondow bolmong sangihe talaud sitaro bitung tomohon kotamobagu
  banggai buol tolitoli donggala parigi moutong poso morowali sigi una-una
  gowa maros pangkep barru sidrap sidenreng rappang pinrang enrekang luwu toraja wajo soppeng sinjai
  bulukumba bantaeng jeneponto takalar selayar palopo parepare
  polman polewali mandar majene mamasa pasangkayu
  kolaka konawe buton muna wakatobi bombana baubau
  boalemo pohuwato bonebolango
  halmahera tidore morotai
  tual
  jayawijaya wamena nabire mimika timika biak numfor yapen waropen keerom yahukimo asmat mappi
  boven digoel fakfak kaimana bintuni wondama ampat tambrauw maybrat
`;

/** Places and nationalities: capitalised, but neither a person nor (alone) an organisation. */
export const PLACES = words(`
  indonesia jakarta bandung surabaya semarang yogyakarta medan makassar bali denpasar
  palembang padang pekanbaru batam pontianak banjarmasin balikpapan samarinda manado ambon
  kupang mataram jayapura papua aceh jawa sumatera sumatra kalimantan sulawesi maluku
  nusa tenggara timur barat tengah selatan utara dki jabar jateng jatim banten lampung riau
  bengkulu jambi gorontalo bogor depok bekasi tangerang solo malang cirebon
  jogja yogya diy sleman bantul klaten sukoharjo karanganyar boyolali sragen wonogiri magelang purwokerto
  tegal pekalongan kudus pati jepara sidoarjo gresik mojokerto kediri blitar jember banyuwangi madiun
  probolinggo pasuruan tasikmalaya garut sukabumi cianjur karawang purwakarta serang cilegon kendari palu
  ternate sorong merauke manokwari mamuju palangkaraya tarakan bontang lombok sumbawa flores nias
  lhokseumawe sabang binjai dumai tanjungpinang pangkalpinang bangka belitung kalbar kalsel kaltim kalteng
  sulsel sulut sulteng sultra sumut sumbar sumsel ntb ntt
  rusia ukraina amerika serikat as inggris prancis perancis jerman jepang china tiongkok korea
  india arab saudi mesir turki iran irak israel palestina suriah australia belanda italia
  spanyol filipina malaysia singapura thailand vietnam myanmar kamboja laos brunei eropa asia
  afrika
  russia russian ukraine ukrainian america american u.s u.s. us usa united states kingdom uk
  u.k britain british england english france french germany german japan japanese chinese
  korean india indian saudi egypt egyptian turkey turkish iranian iraq iraqi israeli
  palestinian syria syrian australia australian netherlands dutch italy italian spain spanish
  philippines malaysian singapore thai vietnamese europe european asian african
  lagos ogun kano abuja ibadan nairobi mombasa kisumu accra kumasi kampala johannesburg durban pretoria gauteng
  harare lusaka karachi lahore islamabad peshawar dhaka chittagong colombo kathmandu delhi mumbai chennai kolkata
  bengaluru hyderabad manila cebu davao penang selangor johor sabah sarawak
  canada canadian mexico mexican brazil brazilian quebec ontario london paris berlin moscow
  kyiv kiev washington beijing tokyo new york geneva brussels
  north south east west northern southern eastern western central
  republican democrat democratic labour conservative liberal
  scotland scottish scots wales welsh ireland irish zealand lanka lankan afghanistan afghan albania algeria angola
  argentina argentine armenia austria austrian azerbaijan bahrain bangladesh bangladeshi belarus belgium belgian
  bhutan bolivia bosnia botswana bulgaria burundi cambodia cambodian cameroon chile chilean colombia colombian congo
  croatia cuba cuban cyprus czech czechia denmark danish ecuador eritrea estonia eswatini ethiopia ethiopian fiji
  finland finnish ghana ghanaian greece greek guatemala guyana haiti honduras hungary hungarian iceland jamaica
  jamaican kazakhstan kenya kenyan kosovo kuwait kuwaiti kyrgyzstan latvia lebanon lebanese lesotho liberia liberian
  libya lithuania luxembourg madagascar malawi malawian maldives malta mauritius moldova mongolia montenegro morocco
  moroccan mozambique namibia namibian nepal nepali nepalese nicaragua nigeria nigerian norway norwegian oman pakistan
  pakistani panama paraguay peru peruvian poland polish portugal portuguese qatar qatari romania romanian rwanda
  rwandan senegal serbia serbian slovakia slovenia somalia somali sudan sudanese sweden swedish switzerland swiss
  taiwan taiwanese tajikistan tanzania tanzanian tunisia turkmenistan uganda ugandan uruguay uzbekistan venezuela
  venezuelan yemen zambia zambian zimbabwe zimbabwean filipino
  skotlandia irlandia selandia swedia norwegia polandia yunani belgia kolombia meksiko
  ${REGENCIES}
`);

/** Heads of place names: "Stasiun Manggarai", "Central Station". */
export const PLACE_HEADS = words(`
  stasiun jalan jl jl. gedung kompleks bandara pelabuhan stadion lapangan alun-alun desa kampung
  kelurahan kecamatan distrik kabupaten kota provinsi propinsi pulau gunung sungai danau pantai pasar masjid
  gereja balai hotel wisma istana
  street st avenue ave road rd station airport stadium hall square park bridge river lake
  island mountain city county state province district valley
`);

/** Outlets a quote can be relayed through. */
export const OUTLETS = words(`
  reuters afp ap tass ria interfax xinhua antara kyodo yonhap nhk bbc cnn bloomberg kompas
  kompas.com tempo detik detikcom detik.com cnbc liputan6 tribunnews okezone republika
  sputnik aljazeera jazeera guardian telegraph times post journal herald tribune nikkei
  abc nbc cbs fox sky politico axios verge wired economist bernama dpa efe ansa
  kumparan merdeka.com suara.com viva metrotv tvone rri tvri
  facebook instagram tiktok youtube whatsapp
`);

/** Lower-case words that may sit inside a capitalised name: "University of Leeds". */
export const NAME_CONNECTORS = words(`of for the and & de da del della du dos van von der ten ter bin binti al dan kelas`);

/** The index of a month name or abbreviation, in either language, or -1. */
export function monthIndex(word: string): number {
  return MONTHS_BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? -1;
}

const MONTH_KEYS = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'aug', 'agu', 'agt'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'oct', 'okt'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'december', 'dec', 'des'],
];

/** The weekday index (0 = Monday) of a day name in either language, or -1. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS_BY_NAME.get(word.toLowerCase().replace(/['’]/g, '')) ?? -1;
}

const WEEKDAY_KEYS = [
  ['senin', 'monday'],
  ['selasa', 'tuesday'],
  ['rabu', 'wednesday'],
  ['kamis', 'thursday'],
  ['jumat', 'friday'],
  ['sabtu', 'saturday'],
  ['minggu', 'ahad', 'sunday'],
];

/**
 * Words that describe a portfolio or a field inside a title or an organisation's name, never a
 * person's name: "Menteri Luar Negeri", "Komisi Pemberantasan Korupsi", "Energy Minister".
 */
export const DESCRIPTORS = words(`
  luar negeri dalam pertahanan keuangan kesehatan pendidikan agama sosial perhubungan perdagangan
  pemilu pilpres pileg pilkada pilgub pilbup pilwalkot
  perindustrian pertanian kehutanan lingkungan hidup energi sumber daya mineral hukum ham bumn
  pariwisata ketenagakerjaan komunikasi informatika digital koordinator bidang politik keamanan
  perekonomian kelautan perikanan pekerjaan umum perumahan rakyat investasi negara kebudayaan
  riset teknologi pemuda olahraga pemberdayaan perempuan anak agraria tata ruang harian bencana
  penanggulangan meteorologi klimatologi geofisika pemberantasan korupsi kesejahteraan nasional
  daerah pusat tinggi agung konstitusi pemilihan penyelenggara pengawas keuangan pembangunan
  perencanaan statistik pangan obat makanan pengawasan penerbangan kereta api listrik hubungan
  masyarakat humas reserse kriminal khusus lalu lintas narkoba pelaksana kedaruratan logistik pencegahan
  kesiapsiagaan rehabilitasi rekonstruksi
  foreign defence defense interior home finance health education justice transport
  transportation energy trade labour labor environment affairs state treasury homeland security
  agriculture commerce public relations human rights civil aviation federal national regional
  international executive legislative judicial supreme district high appeals circuit cabinet
  economic economy development planning emergency management fire rescue meteorological
  climate weather science technology research
`);

const MONTHS_BY_NAME = new Map(MONTH_KEYS.flatMap((keys, index) => keys.map((key) => [key, index] as const)));
const WEEKDAYS_BY_NAME = new Map(WEEKDAY_KEYS.flatMap((keys, index) => keys.map((key) => [key, index] as const)));
