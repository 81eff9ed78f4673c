// A recruiter-shaped pool for the scenario specs: role families modelled on the demo data
// (apps/api/src/data-generation/offline/role-families.ts), each with four core and seven optional
// skills, so ~100 distinct skills compete for the encoder's skill columns. Backend engineers and
// designers are planted with the same countries, experience, pay and contract mix: only their
// skills tell them apart (the case where backend engineers landed in "UX research prototyping").
import { generateSyntheticCandidates } from '../synthetic';
import type { Archetype, SyntheticData } from '../synthetic';

const family = (
  name: string,
  coreSkills: string[],
  optionalSkills: string[],
  rest: Omit<Archetype, 'name' | 'coreSkills' | 'optionalSkills'>,
): Archetype => ({ name, coreSkills, optionalSkills, ...rest });

// Shared by backend and design: nothing but skills separates the two.
const TECH_LIFE = { years: [6, 2.5] as [number, number], salaryUsd: 55000, countries: [['AR', 4], ['ES', 3], ['CO', 2]] as Array<[string, number]>, seeking: [3, 5, 2] as [number, number, number], employment: 2, education: 4 };

export const ROLE_FAMILIES: Archetype[] = [
  // A small family (≈ 4 % of the pool): its skills are rarer than most families' core skills.
  family('backend', ['TypeScript', 'PostgreSQL', 'Node.js', 'REST APIs'], ['Docker', 'Redis', 'AWS', 'GraphQL', 'Kafka', 'Jest', 'Microservices'], { ...TECH_LIFE, weight: 0.4 }),
  family('design', ['Figma', 'UX Research', 'Prototyping', 'Interaction Design'], ['Design Systems', 'Illustrator', 'User Testing', 'Accessibility', 'Photoshop', 'HTML', 'CSS'], TECH_LIFE),
  family('frontend', ['React', 'TypeScript', 'JavaScript', 'CSS'], ['Next.js', 'Redux', 'HTML', 'GraphQL', 'Jest', 'Tailwind CSS', 'Vite'], { years: [4, 2], salaryUsd: 45000, countries: [['MX', 4], ['CO', 3], ['BR', 2]], seeking: [6, 3, 1], employment: 0, education: 4 }),
  family('backend-jvm', ['Java', 'Spring Boot', 'SQL', 'Kotlin'], ['Kafka', 'Microservices', 'PostgreSQL', 'Docker', 'Kubernetes', 'Hibernate', 'Gradle'], { years: [8, 3], salaryUsd: 65000, countries: [['CO', 5], ['MX', 3], ['AR', 1]], seeking: [4, 4, 2], employment: 0, education: 4 }),
  family('data-ml', ['Python', 'SQL', 'Pandas', 'Machine Learning'], ['PyTorch', 'TensorFlow', 'Spark', 'Airflow', 'Statistics', 'scikit-learn', 'dbt'], { years: [5, 2], salaryUsd: 70000, countries: [['ES', 5], ['US', 3], ['AR', 1]], seeking: [3, 5, 2], employment: 0, education: 5 }),
  family('nursing', ['Patient Care', 'Nursing', 'First Aid', 'Medication Administration'], ['ICU', 'Pediatrics', 'Phlebotomy', 'Emergency Care', 'Electronic Health Records', 'Geriatrics', 'Wound Care'], { years: [9, 4], salaryUsd: 32000, countries: [['ES', 5], ['CL', 3], ['AR', 2]], seeking: [3, 5, 2], employment: 0, education: 4 }),
  family('sales', ['Sales', 'Negotiation', 'CRM', 'Prospecting'], ['Salesforce', 'Cold Calling', 'B2B', 'Account Management', 'HubSpot', 'Excel', 'Presentations'], { years: [4, 2], salaryUsd: 28000, countries: [['BR', 5], ['MX', 3]], seeking: [7, 2, 1], employment: 2, education: 2 }),
  family('finance', ['Accounting', 'Excel', 'Financial Reporting', 'Tax'], ['SAP', 'IFRS', 'Payroll', 'GAAP', 'Audit', 'Power BI', 'Budgeting'], { years: [10, 5], salaryUsd: 38000, countries: [['PE', 5], ['CO', 3], ['CL', 2]], seeking: [2, 4, 4], employment: 0, education: 4 }),
  family('logistics', ['Warehouse', 'Forklift', 'Inventory', 'Picking and Packing'], ['Driving License', 'Shipping', 'SAP', 'Excel', 'Health and Safety', 'Route Planning', 'Pallet Jack'], { years: [3, 2], salaryUsd: 16000, countries: [['MX', 5], ['BR', 4]], seeking: [8, 1, 1], employment: 4, education: 1 }),
  family('customer-support', ['Customer Service', 'Communication', 'Zendesk', 'Problem Solving'], ['Spanish', 'Portuguese', 'Ticketing', 'Salesforce', 'Technical Support', 'CRM', 'Live Chat'], { years: [2, 1.5], salaryUsd: 14000, countries: [['CO', 5], ['PE', 3], ['MX', 2]], seeking: [8, 1, 1], employment: 1, education: 2 }),
];

export const familyIndex = (name: string): number => ROLE_FAMILIES.findIndex((f) => f.name === name);

/** The pool every scenario runs on (fixed seed: the same people every time). */
export function rolePool(n = 6000, seed = 12): SyntheticData {
  return generateSyntheticCandidates(n, { seed, archetypes: ROLE_FAMILIES });
}
