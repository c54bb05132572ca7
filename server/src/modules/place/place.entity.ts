import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class LocalAuthority {
  @Field(() => ID, { description: 'GSS code, e.g. E08000003' })
  code: string;

  @Field(() => String)
  name: string;
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
}
