/**
 * The first and last instant of the period a partial ISO date names ("2023", "2023-06",
 * "2023-06-13"), so meetings dated to a month still fall inside a date-range filter.
 */
export function periodOf(date: string | null | undefined): { start: Date; end: Date } | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
  if (mo == null) return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1) - 1) };
  if (d == null) return { start: new Date(Date.UTC(y, mo, 1)), end: new Date(Date.UTC(y, mo + 1, 1) - 1) };
  return { start: new Date(Date.UTC(y, mo, d)), end: new Date(Date.UTC(y, mo, d + 1) - 1) };
}
