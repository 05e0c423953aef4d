import { createContext, useContext, useEffect } from 'react';

export interface AppInfo {
  /** The app's name in the UI language, e.g. "Applicant portal". */
  appName: string;
}

export const AppInfoContext = createContext<AppInfo>({ appName: '' });

export function useAppInfo(): AppInfo {
  return useContext(AppInfoContext);
}

export const BRAND = 'Oryndau';

/** Sets the document title: "Page — Oryndau — App", or "Oryndau — App" without a page title. */
export function usePageTitle(title?: string | null): void {
  const { appName } = useAppInfo();
  useEffect(() => {
    const base = appName ? `${BRAND} — ${appName}` : BRAND;
    document.title = title ? `${title} — ${base}` : base;
  }, [title, appName]);
}
