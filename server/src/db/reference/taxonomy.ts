import type { LifeArea } from '../../modules/catalogue/life-area';

// The kinds of community support the market lists, with the life areas each serves. Loaded by the foundation
// migration; a change to this list ships as a new migration.
export interface TaxonomyEntry {
  slug: string;
  name: string;
  description: string;
  lifeAreas: `${LifeArea}`[];
}

export const TAXONOMY: TaxonomyEntry[] = [
  { slug: 'peer-support', name: 'Peer support', description: 'Support from people with their own lived experience of mental distress and recovery, one to one or in groups.', lifeAreas: ['MENTAL_WELLBEING', 'SOCIAL_CONNECTION', 'HOPE_AND_TRUST', 'IDENTITY_AND_SELF_ESTEEM'] },
  { slug: 'talking-therapies', name: 'Talking therapies', description: 'Counselling and psychological therapies such as CBT, delivered by registered practitioners.', lifeAreas: ['MENTAL_WELLBEING', 'RELATIONSHIPS', 'HOPE_AND_TRUST'] },
  { slug: 'employment-support', name: 'Employment support', description: 'Help to find, start and keep paid work, including individual placement and support.', lifeAreas: ['WORK_AND_LEARNING', 'MONEY_AND_HOUSING', 'IDENTITY_AND_SELF_ESTEEM'] },
  { slug: 'housing-support', name: 'Housing support', description: 'Help to find a home, keep a tenancy and manage a household.', lifeAreas: ['MONEY_AND_HOUSING', 'LIVING_SKILLS'] },
  { slug: 'day-opportunities', name: 'Day opportunities', description: 'Activities, clubs and places to go in the day that build routine, skills and friendships.', lifeAreas: ['SOCIAL_CONNECTION', 'LIVING_SKILLS', 'MENTAL_WELLBEING'] },
  { slug: 'arts-and-creativity', name: 'Arts and creativity', description: 'Music, art, writing, drama and crafts groups for wellbeing and self-expression.', lifeAreas: ['MENTAL_WELLBEING', 'IDENTITY_AND_SELF_ESTEEM', 'SOCIAL_CONNECTION'] },
  { slug: 'physical-activity', name: 'Physical activity', description: 'Walking groups, gym sessions, swimming, yoga and sport, adapted to each person.', lifeAreas: ['PHYSICAL_HEALTH', 'MENTAL_WELLBEING', 'SOCIAL_CONNECTION'] },
  { slug: 'personal-assistance', name: 'Personal assistants', description: 'A personal assistant employed or contracted by the person to support daily life on their terms.', lifeAreas: ['LIVING_SKILLS', 'SOCIAL_CONNECTION', 'PHYSICAL_HEALTH'] },
  { slug: 'befriending', name: 'Befriending', description: 'Regular contact with a volunteer or paid befriender to reduce loneliness and build confidence.', lifeAreas: ['SOCIAL_CONNECTION', 'RELATIONSHIPS', 'HOPE_AND_TRUST'] },
  { slug: 'money-advice', name: 'Money and benefits advice', description: 'Advice on debt, benefits and budgeting, and help with forms and appeals.', lifeAreas: ['MONEY_AND_HOUSING', 'LIVING_SKILLS'] },
  { slug: 'learning-and-skills', name: 'Learning and skills', description: 'Recovery college courses, adult education and qualifications.', lifeAreas: ['WORK_AND_LEARNING', 'IDENTITY_AND_SELF_ESTEEM', 'HOPE_AND_TRUST'] },
  { slug: 'carers-support', name: "Carers' support", description: 'Support, breaks and information for family members and friends who care for someone.', lifeAreas: ['RELATIONSHIPS', 'MENTAL_WELLBEING'] },
  { slug: 'nature-based', name: 'Nature-based activities', description: 'Gardening, conservation, green and blue spaces, and care farming.', lifeAreas: ['MENTAL_WELLBEING', 'PHYSICAL_HEALTH', 'SOCIAL_CONNECTION'] },
  { slug: 'digital-skills', name: 'Digital skills', description: 'Help to use phones, computers and the internet safely and with confidence.', lifeAreas: ['LIVING_SKILLS', 'WORK_AND_LEARNING', 'SOCIAL_CONNECTION'] },
  { slug: 'crisis-cafe', name: 'Crisis café and safe haven', description: 'Out-of-hours, non-clinical places to go in a crisis, run with peer workers.', lifeAreas: ['MENTAL_WELLBEING', 'HOPE_AND_TRUST'] },
  { slug: 'substance-use-support', name: 'Drug and alcohol support', description: 'Recovery groups, mutual aid and one-to-one support with drug or alcohol use.', lifeAreas: ['SUBSTANCE_USE', 'PHYSICAL_HEALTH', 'RELATIONSHIPS'] },
  { slug: 'independent-living-skills', name: 'Independent living skills', description: 'Cooking, shopping, travel training and everyday skills for living independently.', lifeAreas: ['LIVING_SKILLS', 'MONEY_AND_HOUSING'] },
  { slug: 'advocacy', name: 'Advocacy', description: 'Independent advocates who help people have their say and stand up for their rights.', lifeAreas: ['IDENTITY_AND_SELF_ESTEEM', 'HOPE_AND_TRUST', 'RELATIONSHIPS'] },
];
