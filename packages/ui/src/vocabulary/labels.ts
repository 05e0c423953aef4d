// The label of an enum value in the UI language: `label('proceedingStatus', p.status)`. The group names and
// the value types come from the `enum` dictionary of ../i18n/en.ts, itself exhaustive over the schema's enums.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { en } from '../i18n/en.ts';

type EnumLabels = (typeof en)['enum'];
/** The labelled enums, by group name (`proceedingStatus`, `measureKind`, …). */
export type EnumGroup = keyof EnumLabels;
/** The values of a group. */
export type EnumValue<G extends EnumGroup> = keyof EnumLabels[G] & string;

export type EnumLabel = <G extends EnumGroup>(group: G, value: EnumValue<G>) => string;

/** The translated label of an enum value; a value the running API knows and this build does not shows as it is. */
export function useEnumLabel(): EnumLabel {
  const { t } = useTranslation();
  return useCallback<EnumLabel>((group, value) => t(`enum.${group}.${value}`, { defaultValue: value }), [t]);
}
