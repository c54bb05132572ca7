import { registerEnumType } from 'type-graphql';

export enum LifeArea {
  MENTAL_WELLBEING = 'MENTAL_WELLBEING',
  PHYSICAL_HEALTH = 'PHYSICAL_HEALTH',
  LIVING_SKILLS = 'LIVING_SKILLS',
  SOCIAL_CONNECTION = 'SOCIAL_CONNECTION',
  WORK_AND_LEARNING = 'WORK_AND_LEARNING',
  RELATIONSHIPS = 'RELATIONSHIPS',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  MONEY_AND_HOUSING = 'MONEY_AND_HOUSING',
  IDENTITY_AND_SELF_ESTEEM = 'IDENTITY_AND_SELF_ESTEEM',
  HOPE_AND_TRUST = 'HOPE_AND_TRUST',
}
registerEnumType(LifeArea, {
  name: 'LifeArea',
  description: "Areas of a person's life that recovery goals and services address.",
});
