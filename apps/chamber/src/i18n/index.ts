import { defineAppResources } from '@oryndau/ui';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

// The chamber app's own strings, under `app.` (./{en,kk,ru}.ts); the shared ones (roles, login, …) come
// from @oryndau/ui. The compiler checks that kk and ru have every key of en.
export const resources = defineAppResources({ en, kk, ru });
