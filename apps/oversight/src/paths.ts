// The addresses of the oversight app's pages that other pages link to, in a module of their own: pages link to
// each other without importing each other, so that each page loaded on demand keeps its own chunk.
// Q1 (4), (5): the subjects of quality control
export const SUBJECTS_PATH = '/subjects';
export const subjectPath = (id: string) => `${SUBJECTS_PATH}/${encodeURIComponent(id)}`;
