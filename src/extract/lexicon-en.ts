import { words, type Lexicon, type Pronoun } from './lexicon.js';

const SAY = `
  said says say told tells added adds asked asks noted notes warned warns wrote writes explained
  explains stressed stresses insisted insists argued argues recalled recalls continued continues
  replied replies responded responds answered answers acknowledged acknowledges admitted admits
  conceded concedes declared declares announced announces observed observes remarked remarks
  commented comments cautioned cautions predicted predicts concluded concludes complained
  complains claimed claims confirmed confirms urged urges pleaded pleads tweeted tweets posted
  posts emphasised emphasized emphasises emphasizes maintained maintains agreed agrees
  suggested suggests countered counters shouted shouts joked jokes wondered wonders
  testified testifies reported reports read reads stated states revealed reveals reiterated shared
  reiterates lamented laments alleged alleges recounted recounts affirmed affirms boasted boasts
  proclaimed proclaims asserted asserts contended contends opined opines mentioned mentions disclosed discloses
  exclaimed exclaims quipped quips informed informs assured assures reckoned reckons cried cries
  elaborated elaborates elucidated elucidates clarified clarifies
  questioned queried inquired enquired admonished bemoaned rued mourned grumbled griped moaned fumed ranted
  scoffed sneered sighed chuckled laughed whispered muttered murmured mumbled yelled screamed shrieked
  bellowed roared thundered snapped retorted retorts rebutted interjected interjects mused muses pondered
  ventured surmised speculated speculates theorised theorized reasoned summarised summarized confessed
  confesses confided confides divulged divulges reassured reassures vowed pledged swore promised enthused
  enthuses gushed raved bragged brags crowed gloated reminisced reminisces remembered remembers objected
  protested disagreed disagrees emailed texted messaged sobbed wept gasped teased
`;

const PRONOUNS = new Map<string, Pronoun>([
  ['he', { refers: 'person', gender: 'm' }],
  ['she', { refers: 'person', gender: 'f' }],
  // "He's been speaking to …:", "She’d told reporters": the pronoun with its verb in one token.
  ...["'s", '’s', "'d", '’d'].flatMap((verb): [string, Pronoun][] => [
    [`he${verb}`, { refers: 'person', gender: 'm' }],
    [`she${verb}`, { refers: 'person', gender: 'f' }],
  ]),
  ['it', { refers: 'org' }],
  ['they', { refers: 'org' }],
]);

/** English. */
export const EN: Lexicon = {
  lang: 'en',
  inverted: words(SAY),
  verbs: words(`${SAY} saying adding noting warning insisting arguing stressing explaining urging
    mentioning remarking commenting recalling observing claiming complaining reiterating emphasising emphasizing
    described describes describing called calls calling branded brands labelled labeled dismissed dismissing
    pledged vowed promised accused accusing criticised criticized condemned condemning hailed
    welcomed welcoming denied denies denying
    praised lauded eulogized eulogised commended expressed voiced pointed highlighted underlined underscored echoed
    outlined reacted apologised apologized`),
  fragmentVerbs: words(`called calls calling described describes describing branded labelled labeled dismissed
    termed terms dubbed hailed condemned criticised criticized accused denounced`),
  nouns: words(`statement warning remarks words promise pledge threat call claim comments comment
    speech message post tweet description testimony`),
  preps: ['according to'],
  pronouns: PRONOUNS,
  adverbs: words(`also then later separately previously earlier again further once repeatedly had has have
    would will could`),
  boundaries: words(`
    in at on to during after before while as when who which whose that from outside inside
    with without about because since via through by near into onto amid among
  `),
  conjunctions: words(`and but yet while then`),
  sentenceWords: words(`
    the a an in on at but and however meanwhile after before when while it this that these those
    his her their our we i he she they its my your there here what who why how where if as
    although though despite since until for from with by of to not no yes speaking asked
    according more most some many several all both each every other another one two three
    four five six seven eight nine ten last next first second earlier later still even also
    now then today yesterday tonight so yet instead already often perhaps indeed thus therefore overall recently finally
  `),
  introPreps: words(`in at on during after before while since until speaking addressing amid despite of for as although though
    when because once whereas`),
  definiteHeads: words(`ministry department agency police company government authority council
    commission committee court board office firm group party embassy kremlin military army
    administration service union association organisation organization campaign team club
    prosecutors investigators officials station network broadcaster newspaper airline hospital school bench tribunal panel
    university college charity trust family council petition report letter filing bulletin lawsuit
    municipality`),
  definiteMarkers: words(`the`),
  indefiniteMarkers: words(`a an one another`),
  scareCues: words(`so-called dubbed nicknamed titled entitled term word slogan hashtag film book
    song novel album show series programme program operation campaign movement label known`),
  future: words(`will would next tomorrow until upcoming coming`),
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  via: [
    { pattern: /\b(?:quoted|reported|cited)\s+by\s+(.+)/iu, outletOnly: false },
    { pattern: /\b(?:interview|comments|remarks)\s+(?:with|to)\s+(.+)/iu, outletOnly: false },
    { pattern: /\baccording\s+to\s+(.+)/iu, outletOnly: true },
    { pattern: /\b(?:speaking|talking)\s+to\s+(.+)/iu, outletOnly: true },
    { pattern: /\btold\s+(.+)/iu, outletOnly: true },
  ],
  outletHeads: words(`station broadcaster network newspaper paper agency outlet channel magazine website`),
  unknown: 'Unknown',
  stopwords: words(`
    the and of to in is that for said with was on he it as at by from his have has are were be
    this not but they who which their will would been an or its had after also she her
  `),
};
