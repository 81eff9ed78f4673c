/**
 * Countries of the synthetic pool: currency, a rough market pay level, languages, phone format
 * and real regions with their cities (so region and city always agree).
 */
export interface CountryProfile {
  code: string;
  /** Share of the pool before role-family preferences are applied. */
  weight: number;
  currency: string;
  /** Local currency units per US dollar (approximate; only shapes realistic amounts). */
  perUsd: number;
  /** Typical pay relative to the US for the same role. */
  payLevel: number;
  /** Spoken languages (ISO 639-1), most common first. */
  languages: string[];
  /** @faker-js/faker locale used for names and companies. */
  locale: 'en_US' | 'en_GB' | 'de' | 'es' | 'es_MX' | 'fr' | 'pl' | 'pt_BR' | 'en_IN';
  /** Dialling code and local number length. */
  phone: [string, number];
  regions: Array<[string, string[]]>;
}

export const COUNTRIES: readonly CountryProfile[] = [
  {
    code: 'US', weight: 16, currency: 'USD', perUsd: 1, payLevel: 1, languages: ['en', 'es'], locale: 'en_US', phone: ['1', 10],
    regions: [['California', ['San Francisco', 'Los Angeles', 'San Diego', 'San Jose']], ['Texas', ['Austin', 'Houston', 'Dallas']], ['New York', ['New York', 'Buffalo']], ['Washington', ['Seattle', 'Spokane']], ['Illinois', ['Chicago']], ['Florida', ['Miami', 'Orlando', 'Tampa']], ['Georgia', ['Atlanta']], ['Massachusetts', ['Boston']]],
  },
  {
    code: 'GB', weight: 8, currency: 'GBP', perUsd: 0.79, payLevel: 0.72, languages: ['en'], locale: 'en_GB', phone: ['44', 10],
    regions: [['England', ['London', 'Manchester', 'Birmingham', 'Leeds', 'Bristol']], ['Scotland', ['Edinburgh', 'Glasgow']], ['Wales', ['Cardiff']]],
  },
  {
    code: 'DE', weight: 9, currency: 'EUR', perUsd: 0.92, payLevel: 0.75, languages: ['de', 'en'], locale: 'de', phone: ['49', 11],
    regions: [['Berlin', ['Berlin']], ['Bayern', ['München', 'Nürnberg']], ['Hamburg', ['Hamburg']], ['Nordrhein-Westfalen', ['Köln', 'Düsseldorf', 'Dortmund']], ['Hessen', ['Frankfurt am Main']], ['Baden-Württemberg', ['Stuttgart', 'Karlsruhe']]],
  },
  {
    code: 'FR', weight: 7, currency: 'EUR', perUsd: 0.92, payLevel: 0.65, languages: ['fr', 'en'], locale: 'fr', phone: ['33', 9],
    regions: [['Île-de-France', ['Paris', 'Boulogne-Billancourt']], ['Auvergne-Rhône-Alpes', ['Lyon', 'Grenoble']], ['Provence-Alpes-Côte d’Azur', ['Marseille', 'Nice']], ['Occitanie', ['Toulouse', 'Montpellier']], ['Nouvelle-Aquitaine', ['Bordeaux']]],
  },
  {
    code: 'ES', weight: 9, currency: 'EUR', perUsd: 0.92, payLevel: 0.5, languages: ['es', 'en', 'ca'], locale: 'es', phone: ['34', 9],
    regions: [['Madrid', ['Madrid', 'Alcalá de Henares']], ['Cataluña', ['Barcelona', 'Girona']], ['Andalucía', ['Sevilla', 'Málaga', 'Granada']], ['Comunidad Valenciana', ['Valencia', 'Alicante']], ['País Vasco', ['Bilbao', 'San Sebastián']]],
  },
  {
    code: 'PL', weight: 7, currency: 'PLN', perUsd: 4, payLevel: 0.42, languages: ['pl', 'en'], locale: 'pl', phone: ['48', 9],
    regions: [['Mazowieckie', ['Warszawa']], ['Małopolskie', ['Kraków']], ['Dolnośląskie', ['Wrocław']], ['Wielkopolskie', ['Poznań']], ['Pomorskie', ['Gdańsk', 'Gdynia']]],
  },
  {
    code: 'MX', weight: 9, currency: 'MXN', perUsd: 17, payLevel: 0.3, languages: ['es', 'en'], locale: 'es_MX', phone: ['52', 10],
    regions: [['Ciudad de México', ['Ciudad de México']], ['Jalisco', ['Guadalajara', 'Zapopan']], ['Nuevo León', ['Monterrey', 'San Pedro Garza García']], ['Puebla', ['Puebla']], ['Querétaro', ['Querétaro']]],
  },
  {
    code: 'CO', weight: 8, currency: 'COP', perUsd: 4000, payLevel: 0.25, languages: ['es', 'en'], locale: 'es', phone: ['57', 10],
    regions: [['Bogotá D.C.', ['Bogotá']], ['Antioquia', ['Medellín', 'Envigado']], ['Valle del Cauca', ['Cali']], ['Atlántico', ['Barranquilla']], ['Santander', ['Bucaramanga']]],
  },
  {
    code: 'BR', weight: 10, currency: 'BRL', perUsd: 5, payLevel: 0.3, languages: ['pt', 'en', 'es'], locale: 'pt_BR', phone: ['55', 11],
    regions: [['São Paulo', ['São Paulo', 'Campinas']], ['Rio de Janeiro', ['Rio de Janeiro', 'Niterói']], ['Minas Gerais', ['Belo Horizonte']], ['Paraná', ['Curitiba']], ['Rio Grande do Sul', ['Porto Alegre']], ['Pernambuco', ['Recife']]],
  },
  {
    code: 'IN', weight: 17, currency: 'INR', perUsd: 83, payLevel: 0.2, languages: ['en', 'hi', 'ta', 'te'], locale: 'en_IN', phone: ['91', 10],
    regions: [['Karnataka', ['Bengaluru', 'Mysuru']], ['Maharashtra', ['Mumbai', 'Pune']], ['Telangana', ['Hyderabad']], ['Tamil Nadu', ['Chennai', 'Coimbatore']], ['Delhi', ['New Delhi']], ['Haryana', ['Gurugram']]],
  },
];

export const COUNTRY_BY_CODE: ReadonlyMap<string, CountryProfile> = new Map(COUNTRIES.map((c) => [c.code, c]));
