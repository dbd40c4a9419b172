/**
 * Hijri month names in Arabic script and common English transliterations, one spelling
 * per line with its month number (1..12). Lookup compares normalised keys (see
 * `hijriKey` in `src/dates/names.ts`): case, diacritics, ʿ ' ’ ʾ, hyphens and spaces are
 * ignored, so "Dhul-Qaʿda", "Dhul Qa'da" and "dhul-qada" are one line. Adding a spelling
 * is one line.
 *
 * @example HIJRI_MONTH_NAMES.find((m) => m.name === 'Rajab')?.month === 7
 */
export const HIJRI_MONTH_NAMES: readonly { readonly name: string; readonly month: number }[] = [
  { name: 'Muharram', month: 1 },
  { name: 'Moharram', month: 1 },
  { name: 'Muharam', month: 1 },
  { name: 'al-Muharram', month: 1 },
  { name: 'محرم', month: 1 },
  { name: 'المحرم', month: 1 },

  { name: 'Safar', month: 2 },
  { name: 'Sefer', month: 2 },
  { name: 'صفر', month: 2 },

  { name: "Rabi' al-Awwal", month: 3 },
  { name: 'Rabi al-Awal', month: 3 },
  { name: 'Rabiul Awal', month: 3 },
  { name: 'Rabiul Awwal', month: 3 },
  { name: "Rabi' al-Ula", month: 3 },
  { name: 'Rabi I', month: 3 },
  { name: "Rabi' al-Anwar", month: 3 },
  { name: 'Rebiülevvel', month: 3 },
  { name: 'ربيع الأول', month: 3 },
  { name: 'ربيع الاول', month: 3 },
  { name: 'ربيع الأنور', month: 3 },

  { name: "Rabi' al-Thani", month: 4 },
  { name: 'Rabi al-Thany', month: 4 },
  { name: "Rabi' al-Akhir", month: 4 },
  { name: 'Rabi al-Akhar', month: 4 },
  { name: 'Rabiul Akhir', month: 4 },
  { name: 'Rabiul Akhar', month: 4 },
  { name: 'Rabiuts Tsani', month: 4 },
  { name: 'Rabi II', month: 4 },
  { name: 'Rebiülahir', month: 4 },
  { name: 'ربيع الثاني', month: 4 },
  { name: 'ربيع الآخر', month: 4 },

  { name: 'Jumada al-Ula', month: 5 },
  { name: 'Jumada al-Oula', month: 5 },
  { name: 'Jumada al-Awwal', month: 5 },
  { name: 'Jumada al-Awal', month: 5 },
  { name: 'Jumadil Awal', month: 5 },
  { name: 'Jumadil Awwal', month: 5 },
  { name: 'Jumadal Ula', month: 5 },
  { name: 'Jamadi al-Awwal', month: 5 },
  { name: 'Jumada I', month: 5 },
  { name: 'Cemaziyelevvel', month: 5 },
  { name: 'جمادى الأولى', month: 5 },
  { name: 'جمادى الأول', month: 5 },
  { name: 'جمادي الأولى', month: 5 },

  { name: 'Jumada al-Thani', month: 6 },
  { name: 'Jumada al-Thaniyah', month: 6 },
  { name: 'Jumada al-Thania', month: 6 },
  { name: 'Jumada al-Akhirah', month: 6 },
  { name: 'Jumada al-Akhira', month: 6 },
  { name: 'Jumada al-Akhir', month: 6 },
  { name: 'Jumadil Akhir', month: 6 },
  { name: 'Jumadal Akhirah', month: 6 },
  { name: 'Jamadi al-Thani', month: 6 },
  { name: 'Jamadi al-Akhir', month: 6 },
  { name: 'Jumada II', month: 6 },
  { name: 'Cemaziyelahir', month: 6 },
  { name: 'جمادى الثانية', month: 6 },
  { name: 'جمادى الآخرة', month: 6 },
  { name: 'جمادى الآخر', month: 6 },
  { name: 'جمادى الثاني', month: 6 },
  { name: 'جمادي الآخرة', month: 6 },

  { name: 'Rajab', month: 7 },
  { name: 'Recep', month: 7 },
  { name: 'رجب', month: 7 },

  { name: "Sha'ban", month: 8 },
  { name: 'Shaban', month: 8 },
  { name: 'Shaaban', month: 8 },
  { name: 'Syaban', month: 8 },
  { name: 'Şaban', month: 8 },
  { name: 'شعبان', month: 8 },

  { name: 'Ramadan', month: 9 },
  { name: 'Ramadhan', month: 9 },
  { name: 'Ramazan', month: 9 },
  { name: 'رمضان', month: 9 },

  { name: 'Shawwal', month: 10 },
  { name: 'Shawal', month: 10 },
  { name: 'Syawal', month: 10 },
  { name: 'Şevval', month: 10 },
  { name: 'شوال', month: 10 },

  { name: "Dhul-Qa'da", month: 11 },
  { name: "Dhul-Qa'dah", month: 11 },
  { name: 'Dhu al-Qadah', month: 11 },
  { name: "Dhu al-Qa'dah", month: 11 },
  { name: 'Dhu al-Qidah', month: 11 },
  { name: "Dhu'l-Qi'dah", month: 11 },
  { name: 'Dhul Qidah', month: 11 },
  { name: 'Zul Qadah', month: 11 },
  { name: 'Zulkaedah', month: 11 },
  { name: 'Zilkade', month: 11 },
  { name: 'ذو القعدة', month: 11 },
  { name: 'ذي القعدة', month: 11 },

  { name: 'Dhu al-Hijjah', month: 12 },
  { name: 'Dhul Hijjah', month: 12 },
  { name: 'Dhul Hijja', month: 12 },
  { name: 'Dhu al-Hijja', month: 12 },
  { name: "Dhu'l-Hijjah", month: 12 },
  { name: 'Zul Hijjah', month: 12 },
  { name: 'Zulhijjah', month: 12 },
  { name: 'Zilhicce', month: 12 },
  { name: 'ذو الحجة', month: 12 },
  { name: 'ذي الحجة', month: 12 },
];

/**
 * Honorific epithets written after a Hijri month's name ("Muharram al-Haram", "Safar
 * al-Muzaffar", "رمضان المبارك"), one spelling per line with the months it follows. Keys are
 * normalised like month names, so hyphens, spaces and apostrophes do not matter; a Latin
 * epithet may also stand with another article or none (see {@link HIJRI_EPITHET_ARTICLES}).
 *
 * @example HIJRI_MONTH_EPITHETS.find((e) => e.epithet === 'al-Haram')?.months.includes(1) === true
 */
export const HIJRI_MONTH_EPITHETS: readonly { readonly epithet: string; readonly months: readonly number[] }[] = [
  // The four sacred months: Muharram, Rajab, Dhu al-Qa'dah, Dhu al-Hijjah.
  { epithet: 'al-Haram', months: [1, 7, 11, 12] },
  { epithet: 'al-Haraam', months: [1, 7, 11, 12] },
  { epithet: 'الحرام', months: [1, 7, 11, 12] },

  { epithet: 'al-Muzaffar', months: [2] },
  { epithet: 'al-Mudhaffar', months: [2] },
  { epithet: 'al-Muzafar', months: [2] },
  { epithet: 'al-Mozaffar', months: [2] },
  { epithet: 'المظفر', months: [2] },
  { epithet: 'al-Khayr', months: [2] },
  { epithet: 'al-Khair', months: [2] },
  { epithet: 'al-Kheir', months: [2] },
  { epithet: 'الخير', months: [2] },

  { epithet: 'al-Anwar', months: [3] },
  { epithet: 'الأنور', months: [3] },
  { epithet: 'al-Sharif', months: [3, 9] },
  { epithet: 'ash-Sharif', months: [3, 9] },
  { epithet: 'al-Shareef', months: [3, 9] },
  { epithet: 'ash-Shareef', months: [3, 9] },
  { epithet: 'الشريف', months: [3, 9] },

  { epithet: 'al-Murajjab', months: [7] },
  { epithet: 'al-Murajab', months: [7] },
  { epithet: 'المرجب', months: [7] },
  { epithet: 'al-Asabb', months: [7] },
  { epithet: 'al-Asab', months: [7] },
  { epithet: 'الأصب', months: [7] },
  { epithet: 'al-Fard', months: [7] },
  { epithet: 'الفرد', months: [7] },

  { epithet: "al-Mu'azzam", months: [8, 9] },
  { epithet: 'al-Muazam', months: [8, 9] },
  { epithet: 'al-Moazzam', months: [8, 9] },
  { epithet: 'al-Muadhdham', months: [8, 9] },
  { epithet: 'al-Mu’adham', months: [8, 9] },
  { epithet: 'المعظم', months: [8, 9] },

  { epithet: 'al-Mubarak', months: [9] },
  { epithet: 'al-Mubaarak', months: [9] },
  { epithet: 'المبارك', months: [9] },
  { epithet: 'al-Karim', months: [9] },
  { epithet: 'al-Kareem', months: [9] },
  { epithet: 'الكريم', months: [9] },

  { epithet: 'al-Mukarram', months: [10] },
  { epithet: 'al-Mukaram', months: [10] },
  { epithet: 'al-Mokarram', months: [10] },
  { epithet: 'المكرم', months: [10] },
];

/**
 * Articles a Latin-script epithet may be written with instead of its own "al-": "el-Haram",
 * "ul-Mubarak" (South Asian usage, "Ramadan-ul-Mubarak"), or none ("Rabi ul Awwal Sharif").
 *
 * @example HIJRI_EPITHET_ARTICLES.includes('ul') === true
 */
export const HIJRI_EPITHET_ARTICLES: readonly string[] = ['al', 'el', 'ul', 'ash', ''];
