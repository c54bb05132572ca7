// The Open Referral UK 3.0 documents the feed writes and the importer reads (the official schemas are in
// server/data/openreferral-uk/schema). Optional fields are left out, never null. A few HSDS 3.0 fields that the UK
// profile does not list are added where they carry what the catalogue knows (service.summary, service.phones,
// contact.phones, language.name/code, cost_option.currency): the profile's schemas allow additional properties.

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term_uri?: string;
  term?: string;
}

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
  taxonomy_terms?: OrukTaxonomyTerm[];
}

export interface OrukAttribute {
  id: string;
  link_id?: string;
  taxonomy_term_id?: string;
  link_type?: string;
  taxonomy_term?: OrukTaxonomyTerm;
}

export interface OrukPhone {
  id: string;
  number: string;
  description?: string;
  contact_id?: string;
  service_id?: string;
}

export interface OrukContact {
  id: string;
  service_id?: string;
  name?: string;
  title?: string;
  email?: string;
  phones?: OrukPhone[];
}

export interface OrukAddress {
  id: string;
  location_id?: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  location_id?: string;
  description?: string;
  details?: string;
  url?: string;
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses?: OrukAddress[];
  accessibility?: OrukAccessibility[];
  attributes?: OrukAttribute[];
}

export interface OrukSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  schedule_link?: string;
  attending_type?: string;
  notes?: string;
}

export interface OrukServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  extent?: string;
  extent_type?: string;
  uri?: string;
}

export interface OrukCostOption {
  id: string;
  service_id?: string;
  valid_from?: string;
  valid_to?: string;
  option?: string;
  amount?: number;
  currency?: string;
  amount_description?: string;
}

export interface OrukLanguage {
  id: string;
  service_id?: string;
  phone_id?: string;
  name?: string;
  code?: string;
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  logo?: string;
  uri?: string;
  parent_organization_id?: string;
  attributes?: OrukAttribute[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: OrukLocation;
  service?: OrukService;
}

export interface OrukService {
  id: string;
  organization_id?: string;
  name: string;
  summary?: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  fees?: string;
  accreditations?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  assurer_email?: string;
  alert?: string;
  last_modified?: string;
  schedules?: OrukSchedule[];
  service_areas?: OrukServiceArea[];
  service_at_locations?: OrukServiceAtLocation[];
  languages?: OrukLanguage[];
  organization?: OrukOrganization;
  cost_options?: OrukCostOption[];
  contacts?: OrukContact[];
  phones?: OrukPhone[];
  attributes?: OrukAttribute[];
}

export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
