import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class LocalAuthority {
  @Field(() => ID, { description: 'GSS code, e.g. E08000003' })
  code: string;

  @Field(() => String)
  name: string;

  /** The council that commissions adult social care here: itself for an upper tier, the county for a shire district. */
  commissioningAuthorityCode: string;

  country: 'England' | 'Wales' | 'Scotland';

  @Field(() => Boolean, {
    description: 'True for the councils that commission adult social care (county, unitary, metropolitan and London borough councils; Welsh and Scottish councils); false for shire district councils.',
  })
  get commissionsCare(): boolean {
    return this.commissioningAuthorityCode === this.code;
  }

  @Field(() => String, { description: 'The council as named in a sentence: "Kent County Council" for a county, "Maidstone district council" for a shire district, otherwise its name.' })
  get councilName(): string {
    return councilName(this);
  }
}

/** "Kent County Council" for a county; the authority's own name otherwise (ONS names carry no "council"). */
export function councilName(a: { code: string; name: string }): string {
  if (a.code.startsWith('E10')) return `${a.name} County Council`;
  if (a.code.startsWith('E07')) return `${a.name} district council`;
  return a.name;
}

@ObjectType()
export class PostcodeDistrict {
  @Field(() => String, { description: 'Outward code, e.g. M1, SW1A' })
  outcode: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  localAuthorityCode: string;

  commissioningAuthorityCode: string;
}
