import { seriesColor } from '../../components/charts/palette';

/** A segment keeps one colour everywhere (cards, bars, map), chosen by its index in the run. */
export const segmentColor = (index: number) => seriesColor(`segment-${index}`, index);
