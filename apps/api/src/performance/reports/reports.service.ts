import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { resolveRange } from '../dashboard/dashboard.service';
import type { RangeQuery } from '../dto/dashboard.dto';
import type { ReportDto, ReportKind } from '../dto/report.dto';
import { campaignReport, jobReport, type ReportRow, segmentReport } from './report-builders';
import { ReportsRepository } from './reports.repository';

/** The reports page: per campaign, per job and per segment over a date range, in the reporting currency. */
@Injectable()
export class ReportsService {
  constructor(private readonly repo: ReportsRepository, @InjectConfig() private readonly config: AppConfig) {}

  async report(kind: ReportKind, query: RangeQuery): Promise<ReportDto> {
    const range = resolveRange(query);
    const figures = await this.repo.publicationFigures(range);
    let rows: ReportRow[];
    if (kind === 'campaigns') rows = campaignReport(figures);
    else if (kind === 'jobs') rows = jobReport(figures);
    else rows = segmentReport(figures, await this.repo.segments([...new Set(figures.flatMap((f) => f.segmentIds))]));
    return { kind, range, currency: this.config.reportingCurrency, rows };
  }
}
