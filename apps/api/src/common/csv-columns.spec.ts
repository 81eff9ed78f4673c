import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { declaredTableColumns, modelColumns } from './csv-columns';
import { PageOf } from './pagination';

class PlaceDto {
  @ApiProperty() city: string;
  @ApiProperty() countryCode: string;
}
class RowDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: PlaceDto }) location: PlaceDto;
  @ApiProperty({ type: () => PlaceDto, nullable: true }) origin: PlaceDto | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [PlaceDto] }) places: PlaceDto[];
  @ApiProperty() spendMinor: number;
}
class RowPageDto extends PageOf(RowDto) {}
class ReportDto {
  @ApiProperty() currency: string;
  @ApiProperty({ type: [RowDto] }) rows: RowDto[];
}

class Handlers {
  @ApiOkResponse({ type: RowPageDto }) page() {}
  @ApiOkResponse({ type: ReportDto }) report() {}
  @ApiOkResponse({ type: [RowDto] }) list() {}
  @ApiOkResponse({ type: PlaceDto }) single() {}
  undeclared() {}
}

const EXPECTED = ['id', 'location.city', 'location.countryCode', 'origin.city', 'origin.countryCode', 'skills', 'places', 'spendMinor'];

describe('declared CSV columns (an empty table keeps its header)', () => {
  it('flattens nested DTOs like toCsv flattens rows; lists stay one column', () => {
    expect(modelColumns(RowDto)).toEqual(EXPECTED);
  });
  it("reads a route's rows from a page (items), a report (rows) or a bare array", () => {
    const h = Handlers.prototype;
    expect(declaredTableColumns(h.page)).toEqual(EXPECTED);
    expect(declaredTableColumns(h.report)).toEqual(EXPECTED);
    expect(declaredTableColumns(h.list)).toEqual(EXPECTED);
  });
  it('has no columns for a response that is not a table, or none declared', () => {
    expect(declaredTableColumns(Handlers.prototype.single)).toEqual([]);
    expect(declaredTableColumns(Handlers.prototype.undeclared)).toEqual([]);
  });
});
