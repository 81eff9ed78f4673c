import { AGE_BANDS, GENDERS, PREFER_NOT_TO_SAY, YES_NO } from '@adflux/segmentation';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CandidateDto } from './candidate.dto';

const AGE_BAND_VALUES = [...AGE_BANDS, PREFER_NOT_TO_SAY];
const GENDER_VALUES = [...GENDERS, PREFER_NOT_TO_SAY];
const YES_NO_VALUES = [...YES_NO, PREFER_NOT_TO_SAY];
const AUDIT_ONLY = 'Self-declared; used only for the segment fairness audit (never a segmentation feature, never sent to a platform). null: not declared.';

/**
 * A candidate's self-declared demographics (admins only). PUT replaces them all: a field left out
 * or null is "not declared".
 */
export class CandidateDemographicsDto {
  @ApiProperty({ enum: AGE_BAND_VALUES, enumName: 'AgeBand', nullable: true, required: false, description: AUDIT_ONLY })
  @IsOptional() @IsIn(AGE_BAND_VALUES)
  ageBand?: string | null;

  @ApiProperty({ enum: GENDER_VALUES, enumName: 'Gender', nullable: true, required: false, description: AUDIT_ONLY })
  @IsOptional() @IsIn(GENDER_VALUES)
  gender?: string | null;

  @ApiProperty({ enum: YES_NO_VALUES, enumName: 'DeclaredYesNo', nullable: true, required: false, description: AUDIT_ONLY })
  @IsOptional() @IsIn(YES_NO_VALUES)
  disability?: string | null;

  @ApiProperty({ enum: YES_NO_VALUES, enumName: 'DeclaredYesNo', nullable: true, required: false, description: AUDIT_ONLY })
  @IsOptional() @IsIn(YES_NO_VALUES)
  veteran?: string | null;
}

/** Everything AdFlux stores about one person (GDPR art. 15 / 20 access and portability). */
export class CandidatePersonalDataDto {
  @ApiProperty({ type: CandidateDto }) candidate: CandidateDto;
  @ApiProperty({ type: CandidateDemographicsDto, nullable: true, description: 'Self-declared audit-only demographics; null when none were given' })
  demographics: CandidateDemographicsDto | null;
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
}
