import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Where ads are targeted: whole countries, and cities (matched by name within their country). */
export interface AudiencePlaces {
  countries: readonly string[];
  cities: readonly { name: string; countryCode: string }[];
}

/** Counts members of segments (from their run's assignments) who live in given places. */
@Injectable()
export class SegmentAudienceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Members of `segmentIds` living in one of the countries, or in one of the cities (same
   * country, city name compared case- and space-insensitively). Candidates carry no coordinates,
   * so a city's radius cannot reach neighbouring towns: the count is for the city itself.
   */
  async countInPlaces(segmentIds: readonly string[], places: AudiencePlaces): Promise<number> {
    const [{ count }]: [{ count: string }] = await this.dataSource.query(
      `SELECT count(*)::text AS count
         FROM segments s
         JOIN segment_assignments a ON a.run_id = s.run_id AND a.segment_index = s.index
         JOIN candidates c ON c.id = a.candidate_id
        WHERE s.id = ANY($1::uuid[])
          AND (c.country_code = ANY($2::text[])
               OR (c.country_code, lower(btrim(c.city))) IN (SELECT * FROM unnest($3::text[], $4::text[])))`,
      [
        [...new Set(segmentIds)],
        places.countries.map((c) => c.toUpperCase()),
        places.cities.map((c) => c.countryCode.toUpperCase()),
        places.cities.map((c) => c.name.trim().toLowerCase()),
      ],
    );
    return Number(count);
  }
}
