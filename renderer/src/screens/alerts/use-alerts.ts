// Alert queries: one key prefix, refreshed whenever core says alerts changed.
import { useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../../api';

export const useAlertCounts = () => useQuery({ queryKey: ['alerts', 'counts'], queryFn: () => call('alerts.counts', undefined) });

export const useAlertList = (input: InputOf<'alerts.list'>) =>
  useQuery({ queryKey: ['alerts', 'list', input], queryFn: () => call('alerts.list', input) });
