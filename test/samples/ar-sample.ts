import {anxiousAttachmentEn, type ContentPack} from '../../src/content/index.js';

/**
 * A right-to-left sample (Arabic), used by the RTL tests and story to show layout, not shipped as a
 * pack: the headings, the checklist and the booking banner are in Arabic, the rest stays English.
 */
export function arabicSample(): ContentPack {
  const pack = structuredClone(anxiousAttachmentEn);
  pack.locale = 'ar';
  pack.dir = 'rtl';
  pack.title = 'التعلق القلق';
  pack.sections['what-is'].heading = 'ما هو التعلق القلق؟';
  pack.sections['what-is'].intro = ['التعلق القلق نمط قديم في طريقة ارتباط الشخص بأقرب الناس إليه، ويتشكل عادة في الطفولة المبكرة.'];
  pack.sections.signs.heading = 'علامات شائعة';
  const titles = ['الحاجة المتكررة إلى الطمأنة', 'الخوف من الهجر', 'الإفراط في التفكير', 'التمسك الشديد بالشريك', 'تقلبات عاطفية قوية'];
  pack.sections.signs.items = pack.sections.signs.items!.map((item, i) => ({...item, title: titles[i], text: 'وصف قصير لهذه العلامة.'}));
  pack.sections.signs.intro = ['تظهر هذه العلامات في الأفكار وفي التصرفات داخل العلاقات القريبة:'];
  pack.sections.signs.outro = [];
  Object.assign(pack.checklist, {
    heading: 'تأمل خاص',
    intro: 'لاحظ مدى انطباق كل عبارة على علاقاتك القريبة. تبقى إجاباتك على هذا الجهاز.',
    legend: 'اختر كل عبارة تبدو مألوفة لك',
    rateLegend: 'كم مرة يحدث لك كل مما يلي في علاقاتك القريبة؟',
    scale: ['أبدًا', 'نادرًا', 'أحيانًا', 'غالبًا', 'دائمًا'],
    progress: '{answered} من {total} تمت الإجابة عنها',
    checkProgress: '{answered} من {total} محددة',
    show: 'اعرض تأملي',
    clear: 'امسح إجاباتي',
  });
  Object.assign(pack.booking, {heading: 'تحدث مع معالج', text: 'إذا بدا لك شيء من هذا مألوفًا، فالجلسة الأولى مكان هادئ للبدء.', label: 'احجز جلسة تجريبية'});
  return pack;
}
