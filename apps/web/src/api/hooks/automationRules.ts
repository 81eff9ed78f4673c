import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { automationRuleKeys, campaignKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

/** Automation rules: a condition on a campaign metric over a window → pause or notify. */
export type AutomationRule = Schema<'AutomationRuleDto'>;
export type RuleMetric = AutomationRule['metric'];
export type RuleOperator = AutomationRule['operator'];
export type RuleAction = AutomationRule['action'];
export type CreateAutomationRule = Schema<'CreateAutomationRuleDto'>;
export type UpdateAutomationRule = Schema<'UpdateAutomationRuleDto'>;

export function useAutomationRules() {
  return useQuery({ queryKey: automationRuleKeys.all, queryFn: () => unwrap(api.GET('/api/automation-rules')) });
}

export const useCreateAutomationRule = () =>
  useApiMutation((body: CreateAutomationRule) => unwrap(api.POST('/api/automation-rules', { body })), { refresh: automationRuleKeys.all });

export const useUpdateAutomationRule = () =>
  useApiMutation(
    ({ id, changes }: { id: string; changes: UpdateAutomationRule }) =>
      unwrap(api.PATCH('/api/automation-rules/{id}', { params: { path: { id } }, body: changes })),
    // The list is the only view of rules: swap the saved one in at once (the switch must not flicker back).
    { replaceIn: automationRuleKeys.all, refresh: automationRuleKeys.all },
  );

export const useDeleteAutomationRule = () =>
  useApiMutation((id: string) => unwrap(api.DELETE('/api/automation-rules/{id}', { params: { path: { id } } })), { refresh: automationRuleKeys.all });

/** Campaign names for a rule's scope (one page of 200, newest first, is enough to choose from). */
export function useCampaignChoices() {
  return useQuery({
    queryKey: campaignKeys.choices,
    queryFn: async () =>
      (await unwrap(api.GET('/api/campaigns', { params: { query: { limit: 200 } } }))).items.map((c) => ({ id: c.id, name: c.name })),
  });
}
