// Saving part of Settings: errors per field from core, "Saved" once it worked.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, call, errorMessage } from '../api';

/** A typed number stays a number; anything else goes as typed, for core to name what is wrong. */
export const numberOrText = (v: string | undefined): unknown => (/^\d+(\.\d+)?$/.test(v?.trim() ?? '') ? Number(v) : v);

export function useSettingsSave() {
  const qc = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = async (patch: Record<string, unknown>) => {
    setErrors({});
    setSaved(false);
    try {
      await call('settings.update', patch as never);
      await qc.invalidateQueries({ queryKey: ['settings'] });
      setSaved(true);
    } catch (err) {
      setErrors(err instanceof ApiError ? err.fields : { _: errorMessage(err) });
    }
  };
  return { errors, saved, save };
}
