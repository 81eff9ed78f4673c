import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';

/** Automation rules: a condition on a campaign metric over a window → pause or notify. */
export type AutomationRule = Schema<'AutomationRuleDto'>;
export type RuleMetric = AutomationRule['metric'];
export type RuleOperator = AutomationRule['operator'];
export type RuleAction = AutomationRule['action'];
export type CreateAutomationRule = Schema<'CreateAutomationRuleDto'>;
export type UpdateAutomationRule = Schema<'UpdateAutomationRuleDto'>;

export const automationRuleKeys = { all: ['automation-rules'] as const };

export function useAutomationRules() {
  return useQuery({ queryKey: automationRuleKeys.all, queryFn: () => unwrap(api.GET('/api/automation-rules')) });
}

export function useCreateAutomationRule() {
  const queryClient = useQueryClient();
  return useMutation<AutomationRule, ApiError, CreateAutomationRule>({
    mutationFn: (body) => unwrap(api.POST('/api/automation-rules', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: automationRuleKeys.all }),
  });
}

export function useUpdateAutomationRule() {
  const queryClient = useQueryClient();
  return useMutation<AutomationRule, ApiError, { id: string; changes: UpdateAutomationRule }>({
    mutationFn: ({ id, changes }) => unwrap(api.PATCH('/api/automation-rules/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (rule) => {
      queryClient.setQueryData<AutomationRule[]>(automationRuleKeys.all, (list) => list?.map((r) => (r.id === rule.id ? rule : r)));
      return queryClient.invalidateQueries({ queryKey: automationRuleKeys.all });
    },
  });
}

export function useDeleteAutomationRule() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (id) => unwrap(api.DELETE('/api/automation-rules/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: automationRuleKeys.all }),
  });
}

/** Campaign names for a rule's scope (one page of 200, newest first, is enough to choose from). */
export function useCampaignChoices() {
  return useQuery({
    queryKey: ['campaigns', 'choices'] as const,
    queryFn: async () =>
      (await unwrap(api.GET('/api/campaigns', { params: { query: { limit: 200 } } }))).items.map((c) => ({ id: c.id, name: c.name })),
  });
}
