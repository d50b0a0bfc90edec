import type { Direction, LaneType } from '../adapters/database/schema/index.ts';

/** Fixed word lists the demo generator draws from; changing them changes every seeded data set. */

export interface PlazaTemplate {
  code: string;
  name: string;
  roadway: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  direction: Direction;
  lanes: readonly LaneType[];
  /** Class 2 off-peak tag rate in cents; the rest of the schedule is derived from it. */
  baseTagRateCents: number;
}

/** A Texas network; El Paso runs on Mountain time, so rating has to use each plaza's zone. */
export const plazaTemplates: readonly PlazaTemplate[] = [
  p('AUS-PRM', 'Parmer Lane', 'SH 45', 30.4419, -97.6608, 'America/Chicago', 'NB', 3, 145),
  p('AUS-SLC', 'Slaughter Creek', 'SH 45', 30.175, -97.84, 'America/Chicago', 'SB', 3, 120),
  p('DAL-LRH', 'Lake Ray Hubbard', 'PGBT East', 32.86, -96.54, 'America/Chicago', 'EB', 4, 210),
  p('DAL-TRC', 'Trinity Crossing', 'SH 161', 32.78, -96.92, 'America/Chicago', 'WB', 4, 180),
  p('HOU-CYC', 'Cypress Creek', 'Grand Parkway', 29.99, -95.57, 'America/Chicago', 'NB', 3, 165),
  p('HOU-CLK', 'Clear Lake', 'Beltway 8', 29.56, -95.12, 'America/Chicago', 'SB', 2, 135),
  p('ELP-FRM', 'Franklin Mountains', 'Loop 375', 31.9, -106.49, 'America/Denver', 'EB', 2, 250),
  p('ELP-ANT', 'Anthony Gap', 'Loop 375', 31.98, -106.59, 'America/Denver', 'WB', 2, 110),
];

function p(
  code: string,
  name: string,
  roadway: string,
  latitude: number,
  longitude: number,
  timeZone: string,
  direction: Direction,
  laneCount: number,
  baseTagRateCents: number,
): PlazaTemplate {
  const lanes: LaneType[] = Array.from({ length: laneCount }, (_, i) =>
    i === laneCount - 1 && laneCount > 2 ? 'express' : 'open_road',
  );
  return { code, name, roadway, latitude, longitude, timeZone, direction, lanes, baseTagRateCents };
}

export const firstNames = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Maria',
  'Luis',
  'Ana',
  'Jose',
  'Sofia',
  'Daniel',
  'Emily',
  'Matthew',
  'Olivia',
  'Anthony',
  'Camila',
  'Kevin',
  'Grace',
  'Brian',
  'Chloe',
  'Minh',
  'Priya',
  'Wei',
  'Aisha',
] as const;

export const lastNames = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Nguyen',
  'Patel',
  'Kim',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Cohen',
] as const;

export const companySuffixes = ['Logistics', 'Freight', 'Transport', 'Couriers', 'Hauling'];

export const streets = [
  'Oak St',
  'Maple Ave',
  'Cedar Ln',
  'Elm St',
  'Pecan Dr',
  'Bluebonnet Way',
  'Lamar Blvd',
  'Congress Ave',
  'Main St',
  'Mesquite Trl',
  'Lakeview Dr',
  'Ranch Rd',
  'Sunset Blvd',
] as const;

export const cities = [
  { city: 'Austin', region: 'TX', zip: '787', area: '512' },
  { city: 'Round Rock', region: 'TX', zip: '786', area: '512' },
  { city: 'Dallas', region: 'TX', zip: '752', area: '214' },
  { city: 'Garland', region: 'TX', zip: '750', area: '972' },
  { city: 'Houston', region: 'TX', zip: '770', area: '713' },
  { city: 'Pasadena', region: 'TX', zip: '775', area: '281' },
  { city: 'El Paso', region: 'TX', zip: '799', area: '915' },
] as const;

export const emailDomains = ['example.com', 'example.net', 'example.org'] as const;

export const vehicleModels = [
  ['Toyota', 'Camry'],
  ['Toyota', 'RAV4'],
  ['Honda', 'Civic'],
  ['Honda', 'CR-V'],
  ['Ford', 'F-150'],
  ['Chevrolet', 'Silverado'],
  ['Tesla', 'Model 3'],
  ['Nissan', 'Altima'],
  ['Hyundai', 'Elantra'],
  ['Subaru', 'Outback'],
] as const;

export const fleetModels = [
  ['Freightliner', 'Cascadia'],
  ['Ford', 'Transit'],
  ['Ram', 'ProMaster'],
  ['Kenworth', 'T680'],
] as const;

/** Plate jurisdictions by how often they pass: mostly home state, some neighbours. */
export const jurisdictionWeights = [
  ['TX', 88],
  ['OK', 3],
  ['LA', 3],
  ['NM', 3],
  ['AR', 2],
  ['CA', 1],
] as const;

export const cardBrands = ['visa', 'mastercard', 'amex', 'discover'] as const;

export const adjustmentReasons = ['GOODWILL', 'DUPLICATE_CHARGE', 'WRONG_CLASS', 'SYSTEM_ERROR'];
