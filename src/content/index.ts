export type {ContentItem, ContentPack, ContentSection, CrisisLine, SectionName, TherapyItem} from './types.js';
export {registerPack, packsReady, getPack, hasTopic, crisisLine, format, DEFAULT_TOPIC, DEFAULT_LOCALE} from './registry.js';
export {anxiousAttachmentEn} from './anxious-attachment.en.js';
