import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsDate, IsInt, Max, Min } from 'class-validator';

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class Slot {
  @Field(() => ID)
  id: string;

  offeringId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  booked: number;

  @Field(() => Int, { description: 'Places still free.' })
  remaining(): number {
    return Math.max(0, this.capacity - this.booked);
  }
}

export interface SlotRow {
  id: string;
  offering_id: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  booked: number;
}

export const SLOT_COLUMNS = (a = 's') => `${a}.id, ${a}.offering_id, ${a}.starts_at, ${a}.ends_at, ${a}.capacity, ${a}.booked`;

export function toSlot(r: SlotRow): Slot {
  return Object.assign(new Slot(), {
    id: r.id,
    offeringId: r.offering_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    capacity: r.capacity,
    booked: r.booked,
  });
}

@InputType()
export class SlotInput {
  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'A slot needs at least 1 place.' })
  @Max(500, { message: 'A slot can have at most 500 places.' })
  capacity: number;
}
