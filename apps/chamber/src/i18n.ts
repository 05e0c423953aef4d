import { defineAppResources } from '@oryndau/ui';
import { en } from './i18n/en.ts';
import { kk } from './i18n/kk.ts';
import { ru } from './i18n/ru.ts';

// The chamber app's own strings, under `app.` (src/i18n/*.ts); the shared ones (roles, login, …) come
// from @oryndau/ui. The compiler checks that kk and ru have every key of en.
export const resources = defineAppResources({ en, kk, ru });
