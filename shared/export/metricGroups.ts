/** The titles of the metric groups in a report's tables (the PDF, the print view, the cohort section). */
import type { MetricGroup } from '../model/metrics';

export const METRIC_GROUP_TITLES: Record<MetricGroup, string> = {
  sleep: 'Sleep',
  homeostasis: 'Homeostasis',
  circadian: 'Circadian',
  endocrine: 'Endocrine',
  restoration: 'Restoration',
  outcome: 'Next-morning outcome',
};
