import type { EducationLevel, EmploymentType } from '../../common/enums';
import type { RemoteMode } from '../../jobs';

/**
 * Role families of the synthetic pool. Each correlates skills, experience, education, pay,
 * where people live, how actively they look and what contract they want, so segmentation finds
 * real structure (and one family is not just noise around another).
 */
export interface RoleFamily {
  key: string;
  weight: number;
  department: string;
  /** Titles without seniority ("Backend Engineer"); the first is the most common. */
  titles: string[];
  /** Nearly everyone in the family has most of these (in this order of importance). */
  coreSkills: string[];
  /** Each is present for some people; more with experience. */
  optionalSkills: string[];
  /** Years of experience: mean and standard deviation (clamped to 0..45). */
  years: [number, number];
  /** Weights over EDUCATION_LEVELS (none … doctorate). */
  education: [number, number, number, number, number, number, number];
  /** Annual pay in USD in the US for someone with 5 years; grows `payGrowth` per year. */
  payUsd: number;
  payGrowth: number;
  /** Weights of active, passive, not_looking. */
  seeking: [number, number, number];
  /** Weights over EMPLOYMENT_TYPES (full_time, part_time, contract, internship, temporary). */
  employment: [number, number, number, number, number];
  /** Extra weight per country code (multiplies the country's own weight). */
  countries: Record<string, number>;
  /** Chance of listing English when it is not a local language. */
  english: number;
  remote: Partial<Record<RemoteMode, number>>;
  benefits: string[];
  /** Sentences a job description is built from ({company}, {city} are filled in). */
  duties: string[];
}

export const EDUCATION_ORDER: EducationLevel[] = ['none', 'high_school', 'vocational', 'associate', 'bachelor', 'master', 'doctorate'];
export const EMPLOYMENT_ORDER: EmploymentType[] = ['full_time', 'part_time', 'contract', 'internship', 'temporary'];

const TECH_BENEFITS = ['Remote-friendly', 'Learning budget', 'Stock options', 'Health insurance', 'Flexible hours', 'Home office allowance', 'Conference budget'];
const STANDARD_BENEFITS = ['Health insurance', 'Paid time off', 'Pension plan', 'Meal vouchers', 'Transport allowance', 'Training'];

export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    key: 'backend-jvm', weight: 10, department: 'Engineering',
    titles: ['Backend Engineer', 'Java Developer', 'Kotlin Developer', 'Software Engineer'],
    coreSkills: ['java', 'spring boot', 'sql', 'kotlin'], optionalSkills: ['kafka', 'microservices', 'postgresql', 'docker', 'kubernetes', 'aws', 'hibernate', 'redis', 'gradle'],
    years: [6, 3.5], education: [0, 1, 2, 4, 60, 25, 1], payUsd: 125_000, payGrowth: 0.05,
    seeking: [3, 5, 2], employment: [80, 2, 15, 2, 1], countries: { IN: 2.2, PL: 1.8, DE: 1.3, US: 1.2, CO: 0.8, BR: 1 }, english: 0.9,
    remote: { remote: 4, hybrid: 5, onsite: 1 }, benefits: TECH_BENEFITS,
    duties: ['Design and build services on the JVM that handle millions of requests a day.', 'Own APIs end to end: design, tests, deployment and on-call.', 'Work with product and data teams at {company} on event-driven systems.', 'Improve performance and reliability of our Spring Boot services.'],
  },
  {
    key: 'frontend', weight: 9, department: 'Engineering',
    titles: ['Frontend Engineer', 'React Developer', 'Web Developer', 'UI Engineer'],
    coreSkills: ['react', 'typescript', 'javascript', 'css'], optionalSkills: ['next.js', 'redux', 'html', 'graphql', 'jest', 'tailwind css', 'vite', 'accessibility', 'figma'],
    years: [4, 2.5], education: [1, 3, 4, 6, 60, 12, 0], payUsd: 115_000, payGrowth: 0.045,
    seeking: [6, 3, 1], employment: [70, 4, 20, 5, 1], countries: { BR: 1.6, MX: 1.5, PL: 1.4, IN: 1.4, CO: 1.3, ES: 1.1 }, english: 0.85,
    remote: { remote: 5, hybrid: 4, onsite: 1 }, benefits: TECH_BENEFITS,
    duties: ['Build fast, accessible interfaces in React and TypeScript.', 'Turn designs into reusable components of our design system.', 'Own the web app performance budget and Core Web Vitals.', 'Collaborate with designers and backend engineers at {company}.'],
  },
  {
    key: 'data-ml', weight: 7, department: 'Data',
    titles: ['Data Scientist', 'Machine Learning Engineer', 'Data Engineer', 'Data Analyst'],
    coreSkills: ['python', 'sql', 'pandas', 'machine learning'], optionalSkills: ['pytorch', 'tensorflow', 'spark', 'airflow', 'statistics', 'scikit-learn', 'dbt', 'mlops', 'aws'],
    years: [5, 3], education: [0, 0, 1, 2, 35, 50, 12], payUsd: 140_000, payGrowth: 0.05,
    seeking: [3, 5, 2], employment: [85, 2, 10, 3, 0], countries: { IN: 1.8, US: 1.5, DE: 1.2, GB: 1.3, FR: 1.2, ES: 1 }, english: 0.95,
    remote: { remote: 3, hybrid: 6, onsite: 1 }, benefits: TECH_BENEFITS,
    duties: ['Build models that forecast demand and personalise what customers see.', 'Design data pipelines and keep the warehouse trustworthy.', 'Turn questions from the business into experiments and clear answers.', 'Put models into production and monitor them.'],
  },
  {
    key: 'devops-cloud', weight: 5, department: 'Infrastructure',
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Cloud Engineer', 'Platform Engineer'],
    coreSkills: ['kubernetes', 'terraform', 'aws', 'linux'], optionalSkills: ['docker', 'ci/cd', 'go', 'prometheus', 'azure', 'gcp', 'ansible', 'python', 'bash'],
    years: [8, 3.5], education: [1, 4, 8, 10, 55, 20, 2], payUsd: 140_000, payGrowth: 0.04,
    seeking: [3, 5, 2], employment: [70, 1, 27, 1, 1], countries: { US: 1.6, PL: 1.4, IN: 1.3, DE: 1.2, GB: 1.2 }, english: 0.95,
    remote: { remote: 6, hybrid: 3, onsite: 1 }, benefits: TECH_BENEFITS,
    duties: ['Run our Kubernetes platform across regions with Terraform.', 'Make deployments boring: CI/CD, progressive delivery, rollbacks.', 'Own observability and incident response.', 'Cut cloud costs without cutting reliability.'],
  },
  {
    key: 'nursing', weight: 10, department: 'Clinical',
    titles: ['Registered Nurse', 'ICU Nurse', 'Pediatric Nurse', 'Nurse Practitioner', 'Nursing Assistant'],
    coreSkills: ['patient care', 'nursing', 'first aid', 'medication administration'], optionalSkills: ['icu', 'pediatrics', 'phlebotomy', 'emergency care', 'electronic health records', 'geriatrics', 'wound care'],
    years: [9, 6], education: [0, 2, 18, 20, 45, 14, 1], payUsd: 82_000, payGrowth: 0.025,
    seeking: [2, 5, 3], employment: [60, 25, 5, 2, 8], countries: { GB: 2.2, ES: 1.6, US: 1.5, FR: 1.3, DE: 1.2, IN: 0.6 }, english: 0.3,
    remote: { onsite: 1 }, benefits: STANDARD_BENEFITS,
    duties: ['Provide safe, compassionate care on a busy ward in {city}.', 'Assess patients, give medication and keep accurate records.', 'Work with doctors and families on care plans.', 'Rotating shifts with generous night and weekend supplements.'],
  },
  {
    key: 'logistics', weight: 12, department: 'Operations',
    titles: ['Warehouse Operative', 'Forklift Driver', 'Logistics Coordinator', 'Delivery Driver', 'Inventory Clerk'],
    coreSkills: ['warehouse', 'forklift', 'inventory', 'picking and packing'], optionalSkills: ['driving license', 'shipping', 'sap', 'excel', 'health and safety', 'route planning', 'pallet jack'],
    years: [4, 4], education: [8, 50, 25, 6, 8, 1, 0], payUsd: 38_000, payGrowth: 0.02,
    seeking: [8, 1.5, 0.5], employment: [45, 15, 5, 0, 35], countries: { MX: 2, BR: 1.8, PL: 1.8, DE: 1.4, US: 1.1, GB: 1 }, english: 0.15,
    remote: { onsite: 1 }, benefits: ['Overtime pay', 'Transport allowance', 'Meal vouchers', 'Safety equipment', 'Paid time off'],
    duties: ['Receive, store and dispatch goods in our {city} distribution centre.', 'Operate forklifts and pallet jacks safely.', 'Keep stock counts accurate in the warehouse system.', 'Day, evening and night shifts available.'],
  },
  {
    key: 'sales', weight: 10, department: 'Sales',
    titles: ['Account Executive', 'Sales Representative', 'Business Development Manager', 'Inside Sales Representative'],
    coreSkills: ['sales', 'negotiation', 'crm', 'prospecting'], optionalSkills: ['salesforce', 'cold calling', 'b2b', 'account management', 'hubspot', 'excel', 'presentations'],
    years: [5, 4], education: [1, 20, 10, 12, 48, 9, 0], payUsd: 75_000, payGrowth: 0.035,
    seeking: [7, 2, 1], employment: [80, 5, 10, 2, 3], countries: { US: 1.4, BR: 1.5, MX: 1.4, ES: 1.2, CO: 1.2, GB: 1.1 }, english: 0.5,
    remote: { hybrid: 5, onsite: 4, remote: 1 }, benefits: ['Uncapped commission', 'Company car', 'Health insurance', 'Paid time off', 'Sales incentives'],
    duties: ['Own a territory and grow it: prospect, pitch, negotiate, close.', 'Keep the CRM honest and the pipeline healthy.', 'Work with marketing on campaigns that open doors.', 'Meet customers across {city} and the region.'],
  },
  {
    key: 'finance', weight: 7, department: 'Finance',
    titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Controller', 'Accounts Payable Clerk'],
    coreSkills: ['accounting', 'excel', 'financial reporting', 'tax'], optionalSkills: ['sap', 'ifrs', 'payroll', 'gaap', 'audit', 'power bi', 'budgeting', 'quickbooks'],
    years: [10, 6], education: [0, 5, 8, 15, 52, 20, 0], payUsd: 85_000, payGrowth: 0.035,
    seeking: [2, 4, 4], employment: [85, 6, 6, 2, 1], countries: { IN: 1.5, DE: 1.2, FR: 1.3, CO: 1.2, ES: 1.1, GB: 1.1 }, english: 0.45,
    remote: { hybrid: 6, onsite: 3, remote: 1 }, benefits: STANDARD_BENEFITS,
    duties: ['Close the books monthly and prepare statutory reports.', 'Keep payables, receivables and tax filings on time.', 'Build the budget with department heads at {company}.', 'Improve controls and automate what can be automated.'],
  },
  {
    key: 'design', weight: 5, department: 'Design',
    titles: ['Product Designer', 'UX Designer', 'UI Designer', 'UX Researcher'],
    coreSkills: ['figma', 'ux research', 'prototyping', 'interaction design'], optionalSkills: ['design systems', 'illustrator', 'user testing', 'accessibility', 'photoshop', 'html', 'css'],
    years: [5, 3], education: [0, 2, 8, 10, 60, 20, 0], payUsd: 110_000, payGrowth: 0.04,
    seeking: [4, 4, 2], employment: [60, 5, 30, 4, 1], countries: { ES: 1.4, FR: 1.4, GB: 1.3, US: 1.2, BR: 1.1, MX: 1 }, english: 0.7,
    remote: { remote: 4, hybrid: 5, onsite: 1 }, benefits: TECH_BENEFITS,
    duties: ['Shape products from research to polished interfaces.', 'Run user interviews and usability tests.', 'Grow our design system in Figma.', 'Work in a small team with engineers and product managers.'],
  },
  {
    key: 'customer-support', weight: 12, department: 'Customer Support',
    titles: ['Customer Support Agent', 'Customer Success Specialist', 'Call Center Agent', 'Technical Support Specialist'],
    coreSkills: ['customer service', 'communication', 'zendesk', 'problem solving'], optionalSkills: ['spanish', 'portuguese', 'ticketing', 'salesforce', 'technical support', 'crm', 'live chat'],
    years: [2, 2], education: [3, 45, 12, 15, 23, 2, 0], payUsd: 42_000, payGrowth: 0.02,
    seeking: [8, 1.5, 0.5], employment: [55, 25, 5, 5, 10], countries: { CO: 2.2, MX: 1.8, IN: 1.8, BR: 1.6, ES: 1.2, PL: 1.1 }, english: 0.7,
    remote: { remote: 4, hybrid: 3, onsite: 3 }, benefits: ['Health insurance', 'Paid training', 'Remote equipment', 'Performance bonus', 'Paid time off'],
    duties: ['Help customers by chat, email and phone.', 'Solve problems on the first contact and follow up until done.', 'Share what customers tell you with the product team.', 'Shifts in the {city} hub or from home.'],
  },
];
