import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class WordingTextDto {
  @ApiProperty({ maxLength: 100, example: 'description', description: 'Where the text is; echoed in each finding' })
  @IsString() @MaxLength(100)
  field: string;

  @ApiProperty({ maxLength: 20000, example: 'We want a young, competitive rockstar.' })
  @IsString() @MaxLength(20000)
  text: string;
}

export class WordingCheckDto {
  @ApiProperty({ type: [WordingTextDto], minItems: 1, maxItems: 20 })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => WordingTextDto)
  texts: WordingTextDto[];

  @ApiPropertyOptional({ description: 'An internship may ask for students and recent graduates (default false)' })
  @IsOptional() @IsBoolean()
  internship?: boolean;
}

export class WordingFindingDto {
  @ApiProperty({ example: 'age-young' }) rule: string;
  @ApiProperty({ enum: ['age', 'gender', 'nationality'] }) category: 'age' | 'gender' | 'nationality';
  @ApiProperty({ enum: ['block', 'warn'], description: 'block: publishing is refused; warn: a suggestion' }) severity: 'block' | 'warn';
  @ApiProperty({ example: 'description' }) field: string;
  @ApiProperty({ example: 'young' }) phrase: string;
  @ApiProperty({ description: 'UTF-16 offset of the phrase in the field text' }) start: number;
  @ApiProperty({ description: 'UTF-16 offset just past the phrase' }) end: number;
  @ApiProperty() message: string;
  @ApiProperty() suggestion: string;
  @ApiProperty({ description: 'The law, guidance or study the rule comes from' }) source: string;
}

export class GenderBalanceDto {
  @ApiProperty({ description: 'Masculine-coded words (Gaucher, Friesen & Kay 2011)' }) masculine: number;
  @ApiProperty({ description: 'Feminine-coded words (same study)' }) feminine: number;
}

export class WordingReportDto {
  @ApiProperty({ type: [WordingFindingDto] }) findings: WordingFindingDto[];
  @ApiProperty({ type: GenderBalanceDto }) balance: GenderBalanceDto;
}
