import { LifeArea } from '../catalogue/life-area';

/** Life areas as a person would say them, for explanations ("help with social connection"). */
export const LIFE_AREA_NAMES: Readonly<Record<LifeArea, string>> = {
  [LifeArea.MENTAL_WELLBEING]: 'mental wellbeing',
  [LifeArea.PHYSICAL_HEALTH]: 'physical health',
  [LifeArea.LIVING_SKILLS]: 'everyday living skills',
  [LifeArea.SOCIAL_CONNECTION]: 'social connection',
  [LifeArea.WORK_AND_LEARNING]: 'work and learning',
  [LifeArea.RELATIONSHIPS]: 'relationships',
  [LifeArea.SUBSTANCE_USE]: 'drug and alcohol use',
  [LifeArea.MONEY_AND_HOUSING]: 'money and housing',
  [LifeArea.IDENTITY_AND_SELF_ESTEEM]: 'identity and self-esteem',
  [LifeArea.HOPE_AND_TRUST]: 'hope and trust',
};

/** The enum's order, used wherever life areas are listed, so lists read the same everywhere. */
export const LIFE_AREA_ORDER: readonly LifeArea[] = Object.values(LifeArea);

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
