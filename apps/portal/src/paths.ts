// The addresses of the portal's detail pages, in a module of their own: pages link to each other without
// importing each other, so that each page stays in its own chunk (issue 11, routes.tsx loads them on demand).
export const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;
export const licenceApplicationPath = (id: string) => `/licences/applications/${encodeURIComponent(id)}`;
