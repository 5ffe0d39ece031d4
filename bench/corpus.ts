// Synthetic corpus for the benchmarks: diplomatic news reports in the genre of seeds/*.txt,
// generated deterministically from a seed. Every sentence frame below was written for this file
// (no article text is copied); the frames exercise the real extractor: ` date` headers,
// headlines or first-sentence leads, datelines with captions, titled officials from a fixed pool
// that recur across documents, receptions / talks / phone calls, suggest / propose / urge /
// call-on acts, MoUs and agreements with statuses, and trade targets.
//
// The corpus for N documents is a prefix of the corpus for M > N documents with the same seed:
// the official pool does not depend on N and document i depends only on (seed, i).
//
//   npx tsx bench/corpus.ts --docs 10000 --out bench/corpus/10k [--seed 7] [--start 2012-01-01]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface CorpusOptions {
  docs: number;
  seed?: number;
  /** Publication date of the first document (YYYY-MM-DD). */
  startDate?: string;
  /** Documents per calendar day (default 16): fixes the time span the corpus covers. */
  perDay?: number;
}

export interface CorpusDocument {
  name: string;
  text: string;
}

export const DEFAULT_SEED = 20_260_701;
export const DEFAULT_START_DATE = "2006-01-01";
export const DEFAULT_PER_DAY = 16;

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into a 32-bit seed (for per-document streams). */
function mix(a: number, b: number): number {
  let h = (a ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (b + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

class Rng {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Picks by weight: entries are [value, weight]. */
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of xs) {
      r -= w;
      if (r < 0) return v;
    }
    return xs[xs.length - 1]![0];
  }
  /** k distinct items. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const copy = xs.slice();
    const out: T[] = [];
    for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Countries, name styles and the official pool

type NameStyle = "vn" | "kr" | "jp" | "cn" | "lao" | "khmer" | "thai" | "western";

interface Partner {
  code: string;
  /** Name as used in running text ("the Republic of Korea"). */
  name: string;
  /** Short name for headlines and hyphenated pairs ("RoK"). */
  short: string;
  demonym: string;
  capital: string;
  style: NameStyle;
  /** Relative frequency in the corpus. */
  weight: number;
}

const PARTNERS: Partner[] = [
  { code: "KR", name: "the Republic of Korea", short: "RoK", demonym: "RoK", capital: "Seoul", style: "kr", weight: 14 },
  { code: "JP", name: "Japan", short: "Japan", demonym: "Japanese", capital: "Tokyo", style: "jp", weight: 13 },
  { code: "CN", name: "China", short: "China", demonym: "Chinese", capital: "Beijing", style: "cn", weight: 10 },
  { code: "LA", name: "Laos", short: "Laos", demonym: "Lao", capital: "Vientiane", style: "lao", weight: 10 },
  { code: "KH", name: "Cambodia", short: "Cambodia", demonym: "Cambodian", capital: "Phnom Penh", style: "khmer", weight: 8 },
  { code: "TH", name: "Thailand", short: "Thailand", demonym: "Thai", capital: "Bangkok", style: "thai", weight: 5 },
  { code: "SG", name: "Singapore", short: "Singapore", demonym: "Singaporean", capital: "Singapore", style: "cn", weight: 5 },
  { code: "US", name: "the United States", short: "US", demonym: "US", capital: "Washington", style: "western", weight: 6 },
  { code: "DE", name: "Germany", short: "Germany", demonym: "German", capital: "Berlin", style: "western", weight: 4 },
  { code: "FR", name: "France", short: "France", demonym: "French", capital: "Paris", style: "western", weight: 4 },
  { code: "GB", name: "the United Kingdom", short: "UK", demonym: "British", capital: "London", style: "western", weight: 3 },
  { code: "AU", name: "Australia", short: "Australia", demonym: "Australian", capital: "Canberra", style: "western", weight: 4 },
  { code: "IN", name: "India", short: "India", demonym: "Indian", capital: "New Delhi", style: "western", weight: 4 },
  { code: "RU", name: "Russia", short: "Russia", demonym: "Russian", capital: "Moscow", style: "western", weight: 3 },
  { code: "IT", name: "Italy", short: "Italy", demonym: "Italian", capital: "Rome", style: "western", weight: 2 },
  { code: "NL", name: "the Netherlands", short: "Netherlands", demonym: "Dutch", capital: "Amsterdam", style: "western", weight: 2 },
  { code: "CA", name: "Canada", short: "Canada", demonym: "Canadian", capital: "Ottawa", style: "western", weight: 2 },
  { code: "NZ", name: "New Zealand", short: "New Zealand", demonym: "New Zealand", capital: "Wellington", style: "western", weight: 1 },
  { code: "CU", name: "Cuba", short: "Cuba", demonym: "Cuban", capital: "Havana", style: "western", weight: 2 },
  { code: "HU", name: "Hungary", short: "Hungary", demonym: "Hungarian", capital: "Budapest", style: "western", weight: 1 },
  { code: "PL", name: "Poland", short: "Poland", demonym: "Polish", capital: "Warsaw", style: "western", weight: 1 },
  { code: "MY", name: "Malaysia", short: "Malaysia", demonym: "Malaysian", capital: "Kuala Lumpur", style: "western", weight: 2 },
  { code: "ID", name: "Indonesia", short: "Indonesia", demonym: "Indonesian", capital: "Jakarta", style: "western", weight: 2 },
  { code: "PH", name: "the Philippines", short: "Philippines", demonym: "Philippine", capital: "Manila", style: "western", weight: 2 },
];

const VN_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Dinh", "Mai", "Trinh", "Truong", "Luong", "Dao", "Ha", "Doan", "Cao", "Lam"];
const VN_MIDDLE = ["Van", "Thi", "Minh", "Hong", "Duc", "Quoc", "Xuan", "Thanh", "Huu", "Chi", "Ngoc", "Kim", "Hai", "Manh", "Trong", "Tuan", "Anh", "Dinh", "Phu", "Thu"];
const VN_GIVEN = ["Dien", "Chinh", "Hue", "Dung", "Son", "Hai", "Khai", "Quang", "Long", "Tuan", "Binh", "Thang", "Phuc", "Ninh", "Thuy", "Lan", "Hoa", "Cuong", "Vuong", "Hung", "Nam", "Trung", "Thao", "Dat", "Hieu", "Khanh", "Loc", "Tam", "Vinh", "Nghia", "Quyet", "Toan", "Tien", "Uyen", "Yen", "Giang", "Bao", "Kien"];
const KR_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Moon", "Yang", "Bae", "Chung", "Rhee"];
const KR_GIVEN_A = ["Min", "Ji", "Seung", "Dong", "Young", "Hyun", "Jae", "Sung", "Tae", "Kyung", "Hye", "Jin", "Sang", "Yong", "Duck", "Chang", "Eun", "Woo"];
const KR_GIVEN_B = ["ho", "soo", "hoon", "min", "jin", "ju", "seok", "woo", "young", "hee", "yeol", "kyu", "won", "bin", "sik", "hwan", "chul", "gyu"];
const JP_FAMILY = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Shimizu", "Mori", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Okada", "Fujita", "Murakami", "Sakamoto", "Aoki", "Nishimura", "Miura", "Okamoto"];
const JP_GIVEN = ["Hiroshi", "Takeshi", "Kenji", "Yoshihiko", "Fumio", "Taro", "Shinji", "Masahiro", "Koichi", "Yuko", "Keiko", "Naoko", "Akira", "Satoshi", "Daisuke", "Kazuo", "Haruki", "Tomoko", "Makoto", "Noriko", "Ryota", "Yasuhiro"];
const CN_FAMILY = ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Zhu", "Guo", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Tan", "Lim", "Goh", "Ong", "Teo", "Koh"];
const CN_GIVEN = ["Jianguo", "Weidong", "Xiaoming", "Haiyan", "Zhiqiang", "Lihua", "Yongjun", "Wenbo", "Guoqing", "Jinping", "Chunying", "Mingde", "Kiat", "Swee Keat", "Boon Wan", "Chee Hean", "Yong Kang", "Zhaoxu", "Ruiqi", "Lianfeng"];
const LAO_GIVEN = ["Sonexay", "Thongloun", "Saleumxay", "Phankham", "Bounthong", "Khamphao", "Viengthong", "Somdy", "Kikeo", "Souksavanh", "Chanthavong", "Bounleua", "Khampheng", "Vilayvong", "Phouvong", "Alounkeo"];
const LAO_FAMILY = ["Siphandone", "Sisoulith", "Kommasith", "Viphavanh", "Chitmany", "Duangchai", "Khaykhamphithoune", "Phommavihane", "Sengdouangchanh", "Keokinnali", "Inthavong", "Sayavong", "Phimmasone", "Luangkhot"];
const KHMER_FAMILY = ["Hun", "Sok", "Chea", "Prak", "Say", "Men", "Kong", "Keo", "Tea", "Ouk", "Sar", "Chan", "Pich", "Heng", "Nuon"];
const KHMER_GIVEN = ["Manet", "Sokhonn", "Sophea", "Chhum", "Sam Ol", "Vanna", "Kheng", "Bunthoeun", "Vibol", "Sothea", "Narin", "Chantrea", "Sovann", "Rithy", "Kosal"];
const THAI_GIVEN = ["Prayut", "Don", "Somchai", "Anutin", "Jurin", "Srettha", "Parnpree", "Arkhom", "Supattra", "Kittirat", "Chanin", "Nattapong", "Wiroj", "Pimchanok"];
const THAI_FAMILY = ["Chanthawong", "Pramudwinai", "Sukpaiboon", "Charnvirakul", "Laksanawisit", "Thavisin", "Bahidda-Nukara", "Termpittayapaisith", "Wongsuwan", "Siriwat", "Boonmee", "Rattanakul"];
const WESTERN_GIVEN = ["Olaf", "Marc", "Julia", "Thomas", "Anna", "Peter", "Claire", "Michael", "Laura", "David", "Sophie", "Richard", "Elena", "Martin", "Helen", "Daniel", "Sarah", "Andrew", "Ingrid", "Paul", "Rajesh", "Sergei", "Natalia", "Carlos", "Maria", "Ivan", "Giorgio", "Amit", "Hendrik", "Catherine"];
const WESTERN_FAMILY = ["Brandt", "Keller", "Weber", "Dupont", "Moreau", "Laurent", "Hughes", "Fletcher", "Morrison", "Bennett", "Carter", "Sinclair", "Whitfield", "Novak", "Kovacs", "Petrov", "Sokolov", "Rossi", "Bianchi", "Janssen", "De Vries", "Kumar", "Sharma", "Fernandez", "Alvarez", "Lindqvist", "Hansen", "Dubois", "Albrecht", "Campbell"];

interface Official {
  name: string;
  /** How later sentences refer to this person ("Dien", "Oh", "Scholz"). */
  short: string;
  country: string;
  title: string;
  /** Rank for pairing: 3 head of state/government, 2 minister, 1 deputy/ambassador. */
  rank: number;
  /** An ambassador is posted to this country ("Ambassador to Vietnam"). */
  female: boolean;
}

function personName(rng: Rng, style: NameStyle): { name: string; short: string } {
  switch (style) {
    case "vn": {
      const given = rng.pick(VN_GIVEN);
      return { name: `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE)} ${given}`, short: given };
    }
    case "kr": {
      const fam = rng.pick(KR_FAMILY);
      return { name: `${fam} ${rng.pick(KR_GIVEN_A)}-${rng.pick(KR_GIVEN_B)}`, short: fam };
    }
    case "jp": {
      const fam = rng.pick(JP_FAMILY);
      const given = rng.pick(JP_GIVEN);
      // Japanese names appear in both orders in the English-language press.
      return { name: rng.chance(0.5) ? `${fam} ${given}` : `${given} ${fam}`, short: fam };
    }
    case "cn": {
      const fam = rng.pick(CN_FAMILY);
      return { name: `${fam} ${rng.pick(CN_GIVEN)}`, short: fam };
    }
    case "lao": {
      const given = rng.pick(LAO_GIVEN);
      return { name: `${given} ${rng.pick(LAO_FAMILY)}`, short: given };
    }
    case "khmer": {
      const fam = rng.pick(KHMER_FAMILY);
      return { name: `${fam} ${rng.pick(KHMER_GIVEN)}`, short: fam };
    }
    case "thai": {
      const given = rng.pick(THAI_GIVEN);
      return { name: `${given} ${rng.pick(THAI_FAMILY)}`, short: given };
    }
    case "western": {
      const fam = rng.pick(WESTERN_FAMILY);
      return { name: `${rng.pick(WESTERN_GIVEN)} ${fam}`, short: fam };
    }
  }
}

const VN_TITLES: [string, number, number][] = [
  // title, rank, how many holders in the pool
  ["Prime Minister", 3, 3],
  ["President", 3, 3],
  ["National Assembly Chairman", 3, 3],
  ["Deputy Prime Minister", 2, 8],
  ["Minister of Foreign Affairs", 2, 4],
  ["Minister of Industry and Trade", 2, 4],
  ["Minister of Planning and Investment", 2, 4],
  ["Minister of National Defence", 2, 3],
  ["Minister of Labour, Invalids and Social Affairs", 2, 3],
  ["Minister of Education and Training", 2, 3],
  ["Minister of Agriculture and Rural Development", 2, 3],
  ["Minister of Transport", 2, 3],
  ["Minister of Health", 2, 3],
  ["Minister of Natural Resources and Environment", 2, 3],
  ["Deputy Minister of Foreign Affairs", 1, 10],
  ["Deputy Minister of Industry and Trade", 1, 8],
  ["Deputy Minister of Planning and Investment", 1, 6],
  ["Vice Chairwoman of the National Assembly", 1, 4],
  ["Chairman of the Ho Chi Minh City People's Committee", 2, 3],
  ["Chairman of the Hanoi People's Committee", 2, 3],
  ["Secretary of the Da Nang Party Committee", 2, 3],
];

const FOREIGN_TITLES: [string, number, number][] = [
  ["Prime Minister", 3, 2],
  ["President", 3, 2],
  ["Foreign Minister", 2, 3],
  ["Minister of Trade", 2, 3],
  ["Minister of Defence", 2, 2],
  ["Deputy Prime Minister", 2, 2],
  ["Ambassador to Vietnam", 1, 5],
  ["Deputy Foreign Minister", 1, 3],
  ["Speaker of the National Assembly", 3, 2],
];

const FEMALE_GIVEN = new Set(["Thi", "Hue", "Thuy", "Lan", "Hoa", "Thao", "Uyen", "Yen", "Hye", "Eun", "Yuko", "Keiko", "Naoko", "Tomoko", "Noriko", "Haiyan", "Lihua", "Chunying", "Julia", "Anna", "Claire", "Laura", "Sophie", "Elena", "Helen", "Sarah", "Ingrid", "Natalia", "Maria", "Catherine", "Supattra", "Pimchanok", "Sophea", "Chantrea"]);

export interface OfficialPool {
  vn: Official[];
  foreign: Map<string, Official[]>;
}

/** The fixed pool of officials: a few hundred people who recur across the corpus. */
export function officialPool(seed = DEFAULT_SEED): OfficialPool {
  const rng = new Rng(mix(seed, 0xa11ce));
  const used = new Set<string>();
  const make = (style: NameStyle, country: string, title: string, rank: number, shortsTaken: Set<string>): Official => {
    for (let attempt = 0; ; attempt++) {
      const { name, short } = personName(rng, style);
      // Unique full names corpus-wide; unique short references within a country's pool so that
      // two people of the same side never share a short reference in one document.
      if (used.has(name) || (attempt < 50 && shortsTaken.has(short))) continue;
      used.add(name);
      shortsTaken.add(short);
      const female = name.split(/[\s-]+/).some((t) => FEMALE_GIVEN.has(t));
      return { name, short, country, title, rank, female };
    }
  };
  const vn: Official[] = [];
  const vnShorts = new Set<string>();
  for (const [title, rank, n] of VN_TITLES) for (let i = 0; i < n; i++) vn.push(make("vn", "VN", title, rank, vnShorts));
  const foreign = new Map<string, Official[]>();
  for (const p of PARTNERS) {
    const list: Official[] = [];
    const shorts = new Set<string>();
    for (const [title, rank, n] of FOREIGN_TITLES) for (let i = 0; i < n; i++) list.push(make(p.style, p.code, title, rank, shorts));
    foreign.set(p.code, list);
  }
  return { vn, foreign };
}

// ---------------------------------------------------------------------------------------------
// Sentence material

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const FIELDS = [
  "trade", "investment", "energy", "renewable energy", "digital transformation", "semiconductors", "education and training",
  "labour", "tourism", "health care", "agriculture", "defence", "security", "culture", "climate change response", "infrastructure",
  "science and technology", "logistics", "finance and banking", "transport", "people-to-people exchange", "innovation",
];

const TOPIC_CLAUSES: Record<string, string[]> = {
  trade: [
    "create favourable conditions for Vietnamese farm produce to enter the {P} market",
    "remove technical barriers so that two-way trade can grow in a balanced way",
    "make better use of the free trade agreements to which both countries are party",
  ],
  investment: [
    "encourage {D} enterprises to expand their investment in Vietnam's priority sectors",
    "speed up the licensing of large {D} investment projects in the northern provinces",
    "continue improving the investment climate so that foreign investors feel secure",
  ],
  energy: [
    "step up cooperation in renewable energy and the transition to clean power",
    "share experience in developing offshore wind power and liquefied natural gas terminals",
  ],
  digital: [
    "work together on digital transformation, the digital economy and e-government",
    "train high-quality human resources for the semiconductor and chip industry",
  ],
  labour: [
    "create conditions for more Vietnamese workers to work in {P} under the employment permit scheme",
    "protect the rights and interests of Vietnamese labourers and students living in {P}",
  ],
  education: [
    "offer more scholarships to Vietnamese students and expand university exchanges",
    "support vocational training centres in the central provinces",
  ],
  tourism: [
    "resume direct flights and simplify visa procedures to attract more tourists",
    "jointly promote tourism and cultural exchanges between localities",
  ],
  defence: [
    "deepen defence cooperation, including training, peacekeeping and the defence industry",
    "maintain the annual defence policy dialogue and exchange of delegations",
  ],
  health: [
    "cooperate in health care, pharmaceuticals and the training of medical staff",
    "share experience in pandemic prevention and vaccine production",
  ],
  agriculture: [
    "open the market to more Vietnamese fruit, seafood and rice",
    "support Vietnam in building climate-resilient agriculture in the Mekong Delta",
  ],
  infrastructure: [
    "consider official development assistance for urban railway and expressway projects",
    "accelerate the disbursement of ODA loans for transport infrastructure",
  ],
};

const INSTRUMENT_KINDS: (readonly [string, number])[] = [
  ["Memorandum of Understanding", 5],
  ["MoU", 3],
  ["Agreement", 3],
  ["Joint Statement", 1],
  ["Action Plan", 1],
  ["Cooperation Plan", 1],
];

const INSTRUMENT_SUBJECTS = [
  "cooperation in {F}",
  "the establishment of a joint working group on {F}",
  "mutual recognition of professional qualifications",
  "the promotion of {F} for the {Y1}-{Y2} period",
  "avoidance of double taxation",
  "the exchange of electronic certificate of origin data",
  "labour cooperation and the sending of seasonal workers",
  "cooperation between the two countries' customs authorities",
  "scientific and technological cooperation",
  "cooperation in the field of {F}",
];

const PRAISE = [
  "{H} spoke highly of the guest's contributions to the friendship between the two countries over the past years.",
  "The two sides expressed delight at the robust development of the relationship in many fields, particularly in economy, trade and investment.",
  "{H} affirmed that Vietnam always regards {P} as one of its leading and most important partners.",
  "Both sides noted that political trust has been strengthened through regular delegation exchanges at all levels.",
  "{G} thanked the Vietnamese side for the warm and thoughtful welcome and for the support given to {D} firms operating in Vietnam.",
  "The two sides shared the view that there remains much room for cooperation, given the strengths and needs of each economy.",
  "{G} said {D} businesses regard Vietnam as an attractive destination thanks to its political stability and young workforce.",
  "Reviewing the results achieved since the establishment of diplomatic relations, both sides agreed that the partnership has never been stronger.",
  "{H} welcomed the growing number of {D} tourists visiting Vietnam and the expanding community of Vietnamese people in {P}.",
  "The host said that Vietnam consistently pursues a foreign policy of independence, self-reliance, multilateralisation and diversification.",
  "{G} congratulated Vietnam on its socio-economic achievements and its increasingly important role in the region.",
  "The two sides exchanged views on regional and international issues of mutual concern, including cooperation within ASEAN and the United Nations.",
  "Both sides stressed the importance of maintaining peace, stability and freedom of navigation and overflight in the East Sea.",
  "{H} expressed his hope that the guest would continue to act as a bridge between the people and businesses of the two countries.",
  "{G} affirmed that {P} attaches great importance to its relations with Vietnam and wishes to lift them to a new height.",
  "According to the Ministry of Planning and Investment, {D} investors have poured billions of US dollars into hundreds of projects in Vietnam.",
  "{G} noted that the two economies complement each other and that supply chains linking them have proved resilient in difficult times.",
  "{H} briefed the guest on Vietnam's socio-economic situation, saying the country has kept inflation under control while sustaining growth.",
  "The two sides reviewed the implementation of the agreements reached during recent high-level visits and identified areas where progress has been slow.",
  "{H} said Vietnam is ready to share its experience in poverty reduction, rural development and administrative reform.",
  "{G} briefed the host on the priorities of the {D} government for the coming years, including its plans for economic recovery.",
  "They also discussed cooperation in responding to climate change, developing green finance and managing water resources sustainably.",
  "The guest expressed interest in the progress of Vietnam's large infrastructure projects, including expressways, seaports and airports.",
  "{H} called the anniversary of diplomatic ties a good occasion to look back on the road travelled together and to plan the next steps.",
  "Cooperation between localities of the two countries has been expanding, with dozens of provinces and cities establishing twinning ties.",
  "{G} stressed that the people of {P} cherish the traditional friendship with Vietnam and want to pass it on to the younger generation.",
  "Both sides agreed that education, training and research remain bright spots in the relationship, with thousands of students studying in each other's country.",
  "The two sides also discussed preparations for the next meeting of the joint committee on economic, scientific and technical cooperation.",
  "{H} thanked {P} for its valuable support during the pandemic, including donations of vaccines and medical equipment.",
  "On consular matters, both sides agreed to facilitate the travel of citizens, business people and students between the two countries.",
  "{G} said the {D} side is studying ways to increase imports of Vietnamese goods in which Vietnam has strengths, such as textiles, footwear and processed food.",
  "The host noted that several large {D} corporations have chosen Vietnam as a production base for their global supply chains.",
  "Both sides highlighted the role of the two countries' business associations in connecting enterprises and organising trade fairs.",
  "{G} spoke of the impressive growth of Vietnamese exports to {P} over the past decade and the potential that remains untapped.",
  "Looking ahead, the two sides agreed to draw up a concrete roadmap so that the commitments made at the highest level are carried out in a timely manner.",
  "The host asserted that the Vietnamese Government always listens to the opinions of foreign investors and is ready to remove obstacles for them.",
];

const CLOSINGS = [
  "On this occasion, {G} invited {H} to visit {P} at a convenient time, and the invitation was accepted with pleasure.",
  "The two sides agreed to maintain regular exchanges and to coordinate closely at multilateral forums.",
  "Both leaders expressed their confidence that the relationship will continue to grow in a practical and effective manner.",
  "The talks took place in a sincere and friendly atmosphere.",
  "Earlier the same day, the guest laid a wreath at the Monument to Heroes and Martyrs.",
];

const HEADLINE_VERBS = [
  "{VN}, {S} look to deepen cooperation in {F}",
  "{H_TITLE} receives {D} {G_TITLE}",
  "{VN}-{S} ties to grow stronger, officials say",
  "{D} {G_TITLE} pays official visit to Vietnam",
  "{VN} and {S} agree to boost {F} links",
  "Vietnam treasures comprehensive partnership with {S}: {H_TITLE}",
];

// ---------------------------------------------------------------------------------------------
// Document generation

type MeetingKind = "reception" | "talks" | "phone_call" | "video_call" | "working_session" | "none";

const MEETING_MIX: (readonly [MeetingKind, number])[] = [
  ["reception", 36],
  ["talks", 24],
  ["phone_call", 14],
  ["video_call", 5],
  ["working_session", 11],
  ["none", 10],
];

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function monthDay(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([A-Z0-9_]+)\}/g, (m, k: string) => vars[k] ?? m);
}

function pronoun(o: Official): string {
  return o.female ? "she" : "he";
}
function possessive(o: Official): string {
  return o.female ? "her" : "his";
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Vietnamese side's title in running text: "Vietnamese Minister of ..." or "Prime Minister". */
function fullRef(o: Official, demonym: string | null): string {
  const t = o.title;
  return demonym ? `${demonym} ${t} ${o.name}` : `${t} ${o.name}`;
}

/** Shorter title for later references: "Ambassador Oh", "Minister Dien", "PM Chinh". */
function titledShort(o: Official): string {
  if (/^Ambassador/.test(o.title)) return `Ambassador ${o.short}`;
  if (/^Prime Minister/.test(o.title)) return `PM ${o.short}`;
  if (/^Deputy Prime Minister/.test(o.title)) return `Deputy PM ${o.short}`;
  if (/^President/.test(o.title)) return `President ${o.short}`;
  if (/Minister/.test(o.title)) return `Minister ${o.short}`;
  return o.short;
}

function documentAt(pool: OfficialPool, seed: number, index: number, start: Date, perDay: number): CorpusDocument {
  const rng = new Rng(mix(seed, index + 1));
  const date = addDays(start, Math.floor(index / perDay));
  const partner = rng.weighted(PARTNERS.map((p) => [p, p.weight] as const));
  const kind = rng.weighted(MEETING_MIX);
  const foreign = pool.foreign.get(partner.code)!;

  // Pick host and guest with plausible ranks. Receptions: a Vietnamese leader receives a foreign
  // ambassador or minister; talks and calls: counterparts of similar rank.
  let host: Official;
  let guest: Official;
  if (kind === "reception") {
    host = rng.pick(pool.vn.filter((o) => o.rank >= 2));
    guest = rng.pick(foreign.filter((o) => o.rank <= 2));
  } else if (kind === "talks" || kind === "phone_call" || kind === "video_call") {
    const rank = rng.chance(0.5) ? 3 : 2;
    host = rng.pick(pool.vn.filter((o) => o.rank === rank));
    guest = rng.pick(foreign.filter((o) => o.rank === rank));
  } else {
    host = rng.pick(pool.vn.filter((o) => o.rank <= 2));
    guest = rng.pick(foreign);
  }
  // Supporting cast: a Vietnamese deputy minister and a foreign ambassador attend some meetings.
  const extraVn = rng.chance(0.3) ? rng.pick(pool.vn.filter((o) => o !== host && o.short !== host.short && o.rank === 1)) : null;
  const extraForeign = rng.chance(0.25) ? rng.pick(foreign.filter((o) => o !== guest && o.short !== guest.short && o.rank === 1)) : null;

  const location = kind === "talks" && rng.chance(0.3) ? partner.capital : rng.weighted([["Hanoi", 8], ["Ho Chi Minh City", 2]] as const);
  const meetingDate = kind === "none" ? date : addDays(date, -rng.weighted([[0, 6], [1, 3], [2, 1]] as const));
  const field1 = rng.pick(FIELDS);
  const field2 = rng.pick(FIELDS.filter((f) => f !== field1));
  const vars: Record<string, string> = {
    H: host.short,
    G: guest.short,
    P: partner.name,
    S: partner.short,
    D: partner.demonym,
    VN: "Vietnam",
    F: field1,
    H_TITLE: host.title.replace("Minister of Foreign Affairs", "Foreign Minister"),
    G_TITLE: guest.title,
  };
  const when = rng.chance(0.75) ? `on ${monthDay(meetingDate)}` : `on ${WEEKDAYS[meetingDate.getUTCDay()]}`;

  // Lead sentence.
  const hostRef = fullRef(host, rng.chance(0.4) ? "Vietnamese" : null);
  const guestRef = fullRef(guest, partner.demonym);
  let lead: string;
  switch (kind) {
    case "reception":
      lead = rng.chance(0.5)
        ? `${hostRef} received ${guestRef} in ${location} ${when}, pledging to create favourable conditions for ${possessive(guest)} work.`
        : `${hostRef} hosted a reception in ${location} ${when} for ${guestRef}, during which the two sides discussed ways to deepen cooperation in ${field1} and ${field2}.`;
      break;
    case "talks":
      lead = `${hostRef} held talks with ${guestRef} in ${location} ${when}, with both sides agreeing to lift the partnership to a new level.`;
      break;
    case "phone_call":
      lead = `${hostRef} held phone talks with ${possessive(host)} ${partner.demonym} counterpart ${guest.name} ${when}, with both sides agreeing to strengthen cooperation in ${field1}.`;
      break;
    case "video_call":
      lead = `${hostRef} and ${guestRef} held online talks ${when} to review the implementation of agreements reached by the two countries' leaders.`;
      break;
    case "working_session":
      lead = `${hostRef} had a working session in ${location} ${when} with a delegation led by ${guestRef}.`;
      break;
    case "none":
      lead = `Vietnam and ${partner.name} still have much room to expand cooperation in ${field1} and ${field2}, ${hostRef} told a business forum in ${location} ${when}.`;
      break;
  }

  const paras: string[] = [];
  paras.push(lead);
  if (extraVn || extraForeign) {
    const who = [extraVn ? fullRef(extraVn, null) : null, extraForeign ? fullRef(extraForeign, partner.demonym) : null].filter(Boolean).join(" and ");
    paras.push(`Also present ${kind === "phone_call" ? "on the call" : "at the meeting"} ${extraVn && extraForeign ? "were" : "was"} ${who}.`);
  }

  // Body: praise and review sentences until the planned length is reached, with acts interleaved.
  const targetWords = rng.int(240, 450);
  const praise = rng.sample(PRAISE, 22).map((t) => fill(t, vars));
  const acts: string[] = [];
  const actCount = rng.weighted([[0, 2], [1, 4], [2, 4], [3, 2]] as const);
  const topicKeys = Object.keys(TOPIC_CLAUSES);
  for (let a = 0; a < actCount; a++) {
    const speaker = a % 2 === 0 || kind === "none" ? host : guest;
    const other = speaker === host ? guest : host;
    const clause = fill(rng.pick(TOPIC_CLAUSES[rng.pick(topicKeys)]!), vars);
    const otherSide = speaker === host ? `the ${partner.demonym} side` : "the Vietnamese side";
    const verb = rng.weighted([["suggest", 4], ["propose", 3], ["urge", 2], ["call", 2], ["ask", 1], ["recommend", 1]] as const);
    const S = speaker.short;
    let s: string;
    switch (verb) {
      case "suggest":
        s = `${S} suggested that the two sides ${clause}.`;
        break;
      case "propose":
        s = `${cap(titledShort(speaker))} proposed that ${otherSide} ${clause}.`;
        break;
      case "urge":
        s = `${S} urged ${kind === "none" ? `${partner.demonym} businesses` : titledShort(other)} to ${clause}.`;
        break;
      case "call":
        s = `${S} called on ${otherSide} to ${clause}.`;
        break;
      case "ask":
        s = `${cap(pronoun(speaker))} asked ${titledShort(other)} to ${clause}.`;
        break;
      case "recommend":
        s = `${S} recommended that relevant ministries of both countries ${clause}.`;
        break;
    }
    acts.push(s);
  }

  // Agreements: signed at the meeting, proposed, under negotiation, or in force.
  const agreementCount = rng.weighted([[0, 5], [1, 4], [2, 2], [3, 1]] as const);
  const agreementSentences: string[] = [];
  for (let a = 0; a < agreementCount; a++) {
    const head = rng.weighted(INSTRUMENT_KINDS);
    const y1 = date.getUTCFullYear() + rng.int(0, 1);
    const subject = fill(rng.pick(INSTRUMENT_SUBJECTS), { F: rng.pick(FIELDS), Y1: String(y1), Y2: String(y1 + rng.int(2, 5)) });
    const title = `${head} on ${subject}`;
    const a1 = /^[AEIOU]/.test(head) ? "an" : "a";
    const status = rng.weighted([["signed", 4], ["proposed", 3], ["under_negotiation", 2], ["in_force", 1]] as const);
    switch (status) {
      case "signed":
        agreementSentences.push(`After the ${kind === "none" ? "forum" : "meeting"}, the two sides signed ${a1} ${title}.`);
        break;
      case "proposed":
        agreementSentences.push(`${cap(titledShort(guest))} conveyed ${partner.name}'s wish to sign ${a1} ${title} in the near future.`);
        break;
      case "under_negotiation":
        agreementSentences.push(`The two sides agreed to speed up negotiations on ${a1} ${title} so that it can be concluded soon.`);
        break;
      case "in_force":
        agreementSentences.push(`Both sides pledged to make effective use of the ${title}, which took effect in ${date.getUTCFullYear() - rng.int(1, 6)}.`);
        break;
    }
  }

  // Trade target in a third of the documents.
  let target: string | null = null;
  if (rng.chance(0.35)) {
    const value = rng.pick([10, 15, 20, 25, 30, 50, 100, 150]);
    const year = date.getUTCFullYear() + rng.int(1, 8);
    target = rng.chance(0.5)
      ? `The two sides agreed to strive to lift two-way trade to US$${value} billion by ${year}.`
      : `Both leaders set the goal of raising bilateral trade to ${value} billion USD by ${year}.`;
  }

  // An earlier encounter recalled in some documents (a second meeting, other date).
  let earlier: string | null = null;
  if (kind !== "none" && rng.chance(0.2)) {
    const back = addDays(meetingDate, -rng.int(20, 120));
    const p1 = rng.pick(pool.vn.filter((o) => o.rank === 3));
    const p2 = rng.pick(foreign.filter((o) => o.rank === 3));
    earlier = `The two sides also reviewed the outcomes of the phone talks between ${fullRef(p1, null)} and ${fullRef(p2, partner.demonym)} on ${monthDay(back)}.`;
  }

  // Assemble: lead, cast, acts and praise interleaved, agreements, target, earlier, closing.
  const middle: string[] = [];
  let words = wordCount(paras.join(" "));
  const tail = [...agreementSentences, target, earlier, fill(rng.pick(CLOSINGS), vars)].filter((x): x is string => !!x);
  const tailWords = wordCount(tail.join(" "));
  const actsLeft = acts.slice();
  let pi = 0;
  while (words + tailWords < targetWords && (pi < praise.length || actsLeft.length)) {
    const useAct = actsLeft.length && (pi >= praise.length || rng.chance(0.4));
    const s = useAct ? actsLeft.shift()! : praise[pi++]!;
    middle.push(s);
    words += wordCount(s);
  }
  middle.push(...actsLeft);
  // Group sentences into paragraphs of one to three sentences.
  for (let i = 0; i < middle.length; ) {
    const n = Math.min(middle.length - i, rng.int(1, 3));
    paras.push(middle.slice(i, i + n).join(" "));
    i += n;
  }
  for (const t of tail) paras.push(t);

  // Header: a headline (60%) or the lead sentence repeated (40%), then a dateline with the
  // wire-service tag, sometimes glued to a photo caption as in real copy.
  const dateline = `${rng.weighted([["Hanoi", 7], ["HCM City", 1], [partner.capital, 2]] as const)} (VNA) – `;
  let first: string;
  let body: string;
  if (rng.chance(0.6)) {
    first = fill(rng.pick(HEADLINE_VERBS), vars);
    body = dateline + paras.join("\n\n");
  } else {
    first = lead;
    const caption = rng.chance(0.5) ? `${fullRef(host, null)} and ${guestRef}. (Photo: VNA)` : "";
    body = caption + dateline + paras.join("\n");
  }
  const signoff = rng.chance(0.5) ? "/." : "";
  const text = ` date ${isoDate(date)} ${first}\n${body}${signoff}\n`;
  const name = `syn_${String(index).padStart(6, "0")}_${partner.code.toLowerCase()}_${kind}`;
  return { name, text };
}

/** Yields `docs` documents, deterministic for a given seed; a prefix of any longer corpus. */
export function* generateCorpus(opts: CorpusOptions): Generator<CorpusDocument> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const start = new Date(`${opts.startDate ?? DEFAULT_START_DATE}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) throw new Error(`bad startDate: ${opts.startDate}`);
  const perDay = opts.perDay ?? DEFAULT_PER_DAY;
  const pool = officialPool(seed);
  for (let i = 0; i < opts.docs; i++) yield documentAt(pool, seed, i, start, perDay);
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) continue;
    const eq = a.indexOf("=");
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else out[a.slice(2)] = argv[i + 1] && !argv[i + 1]!.startsWith("--") ? argv[++i]! : "true";
  }
  return out;
}

/** Writes the corpus to `dir` (NAME.txt per document); returns the number of words written. */
export function writeCorpus(dir: string, opts: CorpusOptions): { docs: number; words: number } {
  fs.mkdirSync(dir, { recursive: true });
  let docs = 0;
  let words = 0;
  for (const d of generateCorpus(opts)) {
    fs.writeFileSync(path.join(dir, `${d.name}.txt`), d.text);
    docs++;
    words += wordCount(d.text);
  }
  return { docs, words };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log("usage: npx tsx bench/corpus.ts --docs N --out DIR [--seed S] [--start YYYY-MM-DD] [--per-day K]");
    process.exit(0);
  }
  const docs = Number(args.docs ?? 10_000);
  const out = args.out ?? `bench/corpus/${docs}`;
  const t0 = performance.now();
  const r = writeCorpus(out, {
    docs,
    seed: args.seed ? Number(args.seed) : undefined,
    startDate: args.start,
    perDay: args["per-day"] ? Number(args["per-day"]) : undefined,
  });
  console.log(`wrote ${r.docs} documents (${r.words} words) to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
