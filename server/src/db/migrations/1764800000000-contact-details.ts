import { MigrationInterface, QueryRunner } from 'typeorm';

// How providers and offerings can be reached (issue 14). Columns on their own rows, read with the row (no extra query
// per card). They follow Open Referral UK: contact.email / phone.number / service.url, location.address_1 and
// postcode (here the district only), accessibility.description, regular_schedule (hours in plain words).
// A venue belongs only to offerings delivered in person or as a group: never a person's home (HOME_VISIT).
export class ContactDetails1764800000000 implements MigrationInterface {
  name = 'ContactDetails1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider
        ADD COLUMN contact_email text CHECK (contact_email = lower(contact_email) AND length(contact_email) BETWEEN 3 AND 254),
        ADD COLUMN contact_phone text CHECK (contact_phone ~ '^0[1-9][0-9 ]{8,12}$'),
        ADD COLUMN contact_hours text CHECK (length(contact_hours) <= 200),
        ADD COLUMN accessibility text[] NOT NULL DEFAULT '{}' CHECK (cardinality(accessibility) <= 20);

      ALTER TABLE offering
        ADD COLUMN contact_email text CHECK (contact_email = lower(contact_email) AND length(contact_email) BETWEEN 3 AND 254),
        ADD COLUMN contact_phone text CHECK (contact_phone ~ '^0[1-9][0-9 ]{8,12}$'),
        ADD COLUMN contact_website text CHECK (contact_website ~ '^https?://' AND length(contact_website) <= 300),
        ADD COLUMN contact_hours text CHECK (length(contact_hours) <= 200),
        ADD COLUMN venue_address text CHECK (length(venue_address) BETWEEN 3 AND 300),
        ADD COLUMN venue_outcode text REFERENCES postcode_district(outcode),
        ADD CONSTRAINT offering_venue_check CHECK (
          (venue_address IS NULL AND venue_outcode IS NULL)
          OR (venue_address IS NOT NULL AND venue_outcode IS NOT NULL
              AND ('IN_PERSON' = ANY(delivery_modes) OR 'GROUP' = ANY(delivery_modes))));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offering DROP CONSTRAINT offering_venue_check, DROP COLUMN venue_outcode, DROP COLUMN venue_address,
        DROP COLUMN contact_hours, DROP COLUMN contact_website, DROP COLUMN contact_phone, DROP COLUMN contact_email;
      ALTER TABLE provider DROP COLUMN accessibility, DROP COLUMN contact_hours, DROP COLUMN contact_phone, DROP COLUMN contact_email;
    `);
  }
}
