// Reference data of the Republic of Kazakhstan used by the demo seed and the national data set.
//
// Region codes are the alpha codes of ISO 3166-2:KZ as they stood before the 2020 renumbering (ALA Almaty city,
// ALM Almaty Region, AST Astana, SHY Shymkent, YUZ Turkistan (formerly South Kazakhstan), …); the three regions
// formed in 2022 (Abai, Jetisu, Ulytau), which never had alpha codes, get ABA, ZHT and ULY. The current numeric
// ISO code is kept beside them (`iso`). Districts are the enforcement districts: a city, or a district (аудан)
// of a region or of a city of republican significance; 2–6 of the largest per region, not the full list.
// Populations are rounded 2024 estimates in thousands; `caseloadWeight` (population, cities ×1.45 for their
// economic activity) is what the national data set distributes bailiffs and documents by.

export type RegionKindCode = 'REGION' | 'CITY';

export interface DistrictRef {
  /** unique across the country: `${regionCode}-${short}` */
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export interface RegionRef {
  code: string;
  iso: string;
  kind: RegionKindCode;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** administrative centre (the city itself for a city of republican significance) */
  centreKk: string;
  centreRu: string;
  centreEn: string;
  /** thousands of residents, 2024, rounded */
  population: number;
  districts: DistrictRef[];
}

type D = [short: string, kk: string, ru: string, en: string];

function region(
  code: string,
  iso: string,
  kind: RegionKindCode,
  names: [kk: string, ru: string, en: string],
  centre: [kk: string, ru: string, en: string],
  population: number,
  districts: D[],
): RegionRef {
  return {
    code,
    iso,
    kind,
    nameKk: names[0],
    nameRu: names[1],
    nameEn: names[2],
    centreKk: centre[0],
    centreRu: centre[1],
    centreEn: centre[2],
    population,
    districts: districts.map(([short, nameKk, nameRu, nameEn]) => ({ code: `${code}-${short}`, nameKk, nameRu, nameEn })),
  };
}

/** The 17 regions and the 3 cities of republican significance, cities first. */
export const REGIONS: readonly RegionRef[] = [
  region('ALA', 'KZ-75', 'CITY', ['Алматы қаласы', 'город Алматы', 'Almaty City'], ['Алматы', 'Алматы', 'Almaty'], 2230, [
    ['ALMALY', 'Алмалы ауданы', 'Алмалинский район', 'Almaly District'],
    ['AUEZOV', 'Әуезов ауданы', 'Ауэзовский район', 'Auezov District'],
    ['BOSTANDYK', 'Бостандық ауданы', 'Бостандыкский район', 'Bostandyk District'],
    ['MEDEU', 'Медеу ауданы', 'Медеуский район', 'Medeu District'],
    ['TURKSIB', 'Түрксіб ауданы', 'Турксибский район', 'Turksib District'],
    ['ALATAU', 'Алатау ауданы', 'Алатауский район', 'Alatau District'],
  ]),
  region('AST', 'KZ-71', 'CITY', ['Астана қаласы', 'город Астана', 'Astana City'], ['Астана', 'Астана', 'Astana'], 1430, [
    ['ALMATY', 'Алматы ауданы', 'район Алматы', 'Almaty District'],
    ['BAIKONYR', 'Байқоңыр ауданы', 'район Байконыр', 'Baikonyr District'],
    ['YESIL', 'Есіл ауданы', 'район Есиль', 'Yesil District'],
    ['SARYARKA', 'Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District'],
    ['NURA', 'Нұра ауданы', 'район Нура', 'Nura District'],
  ]),
  region('SHY', 'KZ-79', 'CITY', ['Шымкент қаласы', 'город Шымкент', 'Shymkent City'], ['Шымкент', 'Шымкент', 'Shymkent'], 1230, [
    ['ABAI', 'Абай ауданы', 'Абайский район', 'Abai District'],
    ['ALFARABI', 'Әл-Фараби ауданы', 'Аль-Фарабийский район', 'Al-Farabi District'],
    ['ENBEKSHI', 'Еңбекші ауданы', 'Енбекшинский район', 'Enbekshi District'],
    ['KARATAU', 'Қаратау ауданы', 'Каратауский район', 'Karatau District'],
    ['TURAN', 'Тұран ауданы', 'район Туран', 'Turan District'],
  ]),
  region('ABA', 'KZ-10', 'REGION', ['Абай облысы', 'область Абай', 'Abai Region'], ['Семей', 'Семей', 'Semey'], 604, [
    ['SEMEY', 'Семей қаласы', 'город Семей', 'Semey City'],
    ['KURCHATOV', 'Курчатов қаласы', 'город Курчатов', 'Kurchatov City'],
    ['AYAGOZ', 'Аягөз ауданы', 'Аягозский район', 'Ayagoz District'],
    ['ZHARMA', 'Жарма ауданы', 'Жарминский район', 'Zharma District'],
    ['URZHAR', 'Үржар ауданы', 'Урджарский район', 'Urzhar District'],
  ]),
  region('AKM', 'KZ-11', 'REGION', ['Ақмола облысы', 'Акмолинская область', 'Akmola Region'], ['Көкшетау', 'Кокшетау', 'Kokshetau'], 783, [
    ['KOKSHETAU', 'Көкшетау қаласы', 'город Кокшетау', 'Kokshetau City'],
    ['STEPNOGORSK', 'Степногорск қаласы', 'город Степногорск', 'Stepnogorsk City'],
    ['BURABAY', 'Бурабай ауданы', 'Бурабайский район', 'Burabay District'],
    ['TSELINOGRAD', 'Целиноград ауданы', 'Целиноградский район', 'Tselinograd District'],
  ]),
  region('AKT', 'KZ-15', 'REGION', ['Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'], ['Ақтөбе', 'Актобе', 'Aktobe'], 933, [
    ['AKTOBE', 'Ақтөбе қаласы', 'город Актобе', 'Aktobe City'],
    ['MUGALZHAR', 'Мұғалжар ауданы', 'Мугалжарский район', 'Mugalzhar District'],
    ['KHROMTAU', 'Хромтау ауданы', 'Хромтауский район', 'Khromtau District'],
    ['SHALKAR', 'Шалқар ауданы', 'Шалкарский район', 'Shalkar District'],
  ]),
  region('ALM', 'KZ-19', 'REGION', ['Алматы облысы', 'Алматинская область', 'Almaty Region'], ['Қонаев', 'Конаев', 'Konaev'], 1520, [
    ['KONAEV', 'Қонаев қаласы', 'город Конаев', 'Konaev City'],
    ['TALGAR', 'Талғар ауданы', 'Талгарский район', 'Talgar District'],
    ['KARASAI', 'Қарасай ауданы', 'Карасайский район', 'Karasai District'],
    ['ILI', 'Іле ауданы', 'Илийский район', 'Ili District'],
    ['ENBEKSHIKAZAKH', 'Еңбекшіқазақ ауданы', 'Енбекшиказахский район', 'Enbekshikazakh District'],
  ]),
  region('ATY', 'KZ-23', 'REGION', ['Атырау облысы', 'Атырауская область', 'Atyrau Region'], ['Атырау', 'Атырау', 'Atyrau'], 700, [
    ['ATYRAU', 'Атырау қаласы', 'город Атырау', 'Atyrau City'],
    ['ZHYLYOI', 'Жылыой ауданы', 'Жылыойский район', 'Zhylyoi District'],
    ['MAKHAMBET', 'Махамбет ауданы', 'Махамбетский район', 'Makhambet District'],
  ]),
  region('VOS', 'KZ-63', 'REGION', ['Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'], ['Өскемен', 'Усть-Каменогорск', 'Oskemen'], 725, [
    ['OSKEMEN', 'Өскемен қаласы', 'город Усть-Каменогорск', 'Oskemen City'],
    ['RIDDER', 'Риддер қаласы', 'город Риддер', 'Ridder City'],
    ['ALTAI', 'Алтай ауданы', 'район Алтай', 'Altai District'],
    ['GLUBOKOE', 'Глубокое ауданы', 'Глубоковский район', 'Glubokoe District'],
  ]),
  region('ZHA', 'KZ-31', 'REGION', ['Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'], ['Тараз', 'Тараз', 'Taraz'], 1220, [
    ['TARAZ', 'Тараз қаласы', 'город Тараз', 'Taraz City'],
    ['SHU', 'Шу ауданы', 'Шуский район', 'Shu District'],
    ['ZHUALY', 'Жуалы ауданы', 'Жуалынский район', 'Zhualy District'],
    ['KORDAI', 'Қордай ауданы', 'Кордайский район', 'Kordai District'],
  ]),
  region('ZHT', 'KZ-33', 'REGION', ['Жетісу облысы', 'область Жетісу', 'Jetisu Region'], ['Талдықорған', 'Талдыкорган', 'Taldykorgan'], 700, [
    ['TALDYKORGAN', 'Талдықорған қаласы', 'город Талдыкорган', 'Taldykorgan City'],
    ['TEKELI', 'Текелі қаласы', 'город Текели', 'Tekeli City'],
    ['KARATAL', 'Қаратал ауданы', 'Каратальский район', 'Karatal District'],
    ['SARKAN', 'Сарқан ауданы', 'Сарканский район', 'Sarkan District'],
    ['PANFILOV', 'Панфилов ауданы', 'Панфиловский район', 'Panfilov District'],
  ]),
  region('KAR', 'KZ-35', 'REGION', ['Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'], ['Қарағанды', 'Караганда', 'Karaganda'], 1130, [
    ['KARAGANDA', 'Қарағанды қаласы', 'город Караганда', 'Karaganda City'],
    ['TEMIRTAU', 'Теміртау қаласы', 'город Темиртау', 'Temirtau City'],
    ['BALKHASH', 'Балқаш қаласы', 'город Балхаш', 'Balkhash City'],
    ['SARAN', 'Саран қаласы', 'город Сарань', 'Saran City'],
    ['ABAI', 'Абай ауданы', 'Абайский район', 'Abai District'],
    ['BUKHARZHYRAU', 'Бұқар жырау ауданы', 'район Бухар-Жырау', 'Bukhar-Zhyrau District'],
  ]),
  region('KUS', 'KZ-39', 'REGION', ['Қостанай облысы', 'Костанайская область', 'Kostanay Region'], ['Қостанай', 'Костанай', 'Kostanay'], 830, [
    ['KOSTANAY', 'Қостанай қаласы', 'город Костанай', 'Kostanay City'],
    ['RUDNY', 'Рудный қаласы', 'город Рудный', 'Rudny City'],
    ['LISAKOVSK', 'Лисаков қаласы', 'город Лисаковск', 'Lisakovsk City'],
    ['KOSTANAYDISTRICT', 'Қостанай ауданы', 'Костанайский район', 'Kostanay District'],
  ]),
  region('KZY', 'KZ-43', 'REGION', ['Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'], ['Қызылорда', 'Кызылорда', 'Kyzylorda'], 830, [
    ['KYZYLORDA', 'Қызылорда қаласы', 'город Кызылорда', 'Kyzylorda City'],
    ['ARAL', 'Арал ауданы', 'Аральский район', 'Aral District'],
    ['KAZALY', 'Қазалы ауданы', 'Казалинский район', 'Kazaly District'],
    ['SHIELI', 'Шиелі ауданы', 'Шиелийский район', 'Shieli District'],
  ]),
  region('MAN', 'KZ-47', 'REGION', ['Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'], ['Ақтау', 'Актау', 'Aktau'], 780, [
    ['AKTAU', 'Ақтау қаласы', 'город Актау', 'Aktau City'],
    ['ZHANAOZEN', 'Жаңаөзен қаласы', 'город Жанаозен', 'Zhanaozen City'],
    ['MUNAILY', 'Мұнайлы ауданы', 'Мунайлинский район', 'Munaily District'],
    ['KARAKIYA', 'Қарақия ауданы', 'Каракиянский район', 'Karakiya District'],
  ]),
  region('SEV', 'KZ-59', 'REGION', ['Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'], ['Петропавл', 'Петропавловск', 'Petropavl'], 530, [
    ['PETROPAVL', 'Петропавл қаласы', 'город Петропавловск', 'Petropavl City'],
    ['KYZYLZHAR', 'Қызылжар ауданы', 'Кызылжарский район', 'Kyzylzhar District'],
    ['AIYRTAU', 'Айыртау ауданы', 'Айыртауский район', 'Aiyrtau District'],
  ]),
  region('PAV', 'KZ-55', 'REGION', ['Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'], ['Павлодар', 'Павлодар', 'Pavlodar'], 750, [
    ['PAVLODAR', 'Павлодар қаласы', 'город Павлодар', 'Pavlodar City'],
    ['EKIBASTUZ', 'Екібастұз қаласы', 'город Экибастуз', 'Ekibastuz City'],
    ['AKSU', 'Ақсу қаласы', 'город Аксу', 'Aksu City'],
    ['PAVLODARDISTRICT', 'Павлодар ауданы', 'Павлодарский район', 'Pavlodar District'],
  ]),
  region('YUZ', 'KZ-61', 'REGION', ['Түркістан облысы', 'Туркестанская область', 'Turkistan Region'], ['Түркістан', 'Туркестан', 'Turkistan'], 2130, [
    ['TURKISTAN', 'Түркістан қаласы', 'город Туркестан', 'Turkistan City'],
    ['KENTAU', 'Кентау қаласы', 'город Кентау', 'Kentau City'],
    ['SAIRAM', 'Сайрам ауданы', 'Сайрамский район', 'Sairam District'],
    ['SARYAGASH', 'Сарыағаш ауданы', 'Сарыагашский район', 'Saryagash District'],
    ['MAKTAARAL', 'Мақтаарал ауданы', 'Мактааральский район', 'Maktaaral District'],
    ['SOZAK', 'Созақ ауданы', 'Сузакский район', 'Sozak District'],
  ]),
  region('ULY', 'KZ-62', 'REGION', ['Ұлытау облысы', 'область Ұлытау', 'Ulytau Region'], ['Жезқазған', 'Жезказган', 'Zhezkazgan'], 220, [
    ['ZHEZKAZGAN', 'Жезқазған қаласы', 'город Жезказган', 'Zhezkazgan City'],
    ['SATBAYEV', 'Сәтбаев қаласы', 'город Сатпаев', 'Satbayev City'],
    ['KARAZHAL', 'Қаражал қаласы', 'город Каражал', 'Karazhal City'],
    ['ULYTAU', 'Ұлытау ауданы', 'Улытауский район', 'Ulytau District'],
  ]),
  region('ZAP', 'KZ-27', 'REGION', ['Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'], ['Орал', 'Уральск', 'Oral'], 690, [
    ['ORAL', 'Орал қаласы', 'город Уральск', 'Oral City'],
    ['BURLI', 'Бөрлі ауданы', 'Бурлинский район', 'Burli District'],
    ['TEREKTI', 'Теректі ауданы', 'Теректинский район', 'Terekti District'],
    ['BAITEREK', 'Бәйтерек ауданы', 'район Байтерек', 'Baiterek District'],
  ]),
];

/** Codes of the regions the demo and the tests refer to by name. */
export const REGION_CODE = {
  ALMATY_CITY: 'ALA',
  ASTANA: 'AST',
  SHYMKENT: 'SHY',
  ALMATY_REGION: 'ALM',
  TURKISTAN: 'YUZ',
} as const;

export function regionByCode(code: string): RegionRef {
  const r = REGIONS.find((x) => x.code === code);
  if (!r) throw new Error(`unknown region code ${code}`);
  return r;
}

/** Population with cities of republican significance weighted ×1.45 for their economic activity. */
export function caseloadWeight(r: RegionRef): number {
  return r.kind === 'CITY' ? r.population * 1.45 : r.population;
}

/** The regional Chamber of Private Bailiffs (one per region and city, `Chamber.regionId` is unique). */
export function chamberName(r: RegionRef): string {
  return `Regional Chamber of Private Bailiffs of ${r.nameEn}`;
}

/** The territorial justice body (service provider of A1, E1) of a region. */
export function justiceBodyName(r: RegionRef): string {
  return `Department of Justice of ${r.nameEn}`;
}

/** L6: the monthly calculation index (MCI) in tenge, by year, as set by each year's budget law. */
export const MONTHLY_CALCULATION_INDEX: readonly { year: number; amountTenge: number }[] = [
  { year: 2024, amountTenge: 3692 },
  { year: 2025, amountTenge: 3932 },
  { year: 2026, amountTenge: 4325 },
];

/** L6: the licence fee is 6 MCI for issue and 10 % of that for reissue. */
export function licenceFee(year: number, reissue = false): number {
  const mci = MONTHLY_CALCULATION_INDEX.find((m) => m.year === year) ?? MONTHLY_CALCULATION_INDEX.at(-1);
  const issue = 6 * (mci?.amountTenge ?? 0);
  return reissue ? Math.round(issue / 10) : issue;
}

/** Rules No. 652 (distribution of cases by the Chamber) took effect on this day (003). */
export const RULES_652_IN_FORCE = '2026-03-02';

/** The chamber's distribution policy every seeded chamber starts with (AssignmentPolicy version 1). */
export const DEFAULT_POLICY_CONFIG = {
  name: 'EVEN_COUNT',
  version: 1,
  period: 'CALENDAR_YEAR',
  perCategory: false,
  consolidateDebtor: true,
  weightByPresence: false,
} as const;
