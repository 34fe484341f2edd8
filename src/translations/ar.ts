import type { Translation } from '../shared/i18n.js';

/** Arabic (Modern Standard Arabic). */
const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  loading: 'جارٍ تحميل الاقتباسات…',
  quoteBy: 'اقتباس من',
  quotedVia: 'عبر',
  partial: 'مقتطف',
  retry: 'إعادة المحاولة',
  details: 'تفاصيل للمطوّرين',
  invalid: ['لا يمكن عرض هذا المقال', 'تحتوي بياناته على أخطاء يمكن للناشر تصحيحها.'],
  notFound: ['المقال غير موجود', 'ربما نُقل أو حُذف.'],
  unavailable: ['المقال غير متاح', 'تعذّر على الخادم إرساله. حاول مرة أخرى لاحقًا.'],
  offline: ['تعذّر تحميل المقال', 'تحقّق من اتصالك ثم حاول مرة أخرى.'],
  missing: ['لا يوجد ما يُعرض هنا', 'ما يطلبه هذا العنصر غير موجود في المقال.'],
  bar: 'شارك هذا الاقتباس',
  'copy-text': 'نسخ النص',
  'copy-link': 'نسخ الرابط',
  native: 'مشاركة…',
  download: 'تنزيل PNG',
  'copy-image': 'نسخ الصورة',
  email: 'البريد الإلكتروني',
  shareOn: 'شارك على',
  copiedText: 'نُسخ النص',
  copiedLink: 'نُسخ الرابط',
  copiedImage: 'نُسخت الصورة',
  downloaded: 'حُفظت الصورة',
  failed: 'تعذّرت المشاركة:',
  timeline: 'الخط الزمني',
  noEvents: 'لا يتضمن هذا المقال أحداثًا مؤرخة.',
  // Arabic counts: one, two (dual), 3–10 (plural), 11 and more (singular accusative).
  newUpdates: (n, lang) =>
    n === 1
      ? 'تحديث جديد واحد'
      : n === 2
        ? 'تحديثان جديدان'
        : n % 100 >= 3 && n % 100 <= 10
          ? `${n.toLocaleString(lang)} تحديثات جديدة`
          : `${n.toLocaleString(lang)} تحديثًا جديدًا`,
};
export default ar;
