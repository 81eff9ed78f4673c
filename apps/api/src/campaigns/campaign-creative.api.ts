/**
 * What the creative studio may use of campaigns without loading the campaigns module (which itself
 * imports the creatives' origins): the calls to action an ad may carry.
 */
export { CALLS_TO_ACTION } from './dto/campaign-input.dto';
