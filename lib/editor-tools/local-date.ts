// Today's date as editors mean it: the calendar day where they are, not in UTC. (toISOString()
// would date a draft made in Tokyo before 9 a.m. to the day before.)

export function localDate(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
