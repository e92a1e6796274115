import { describe, expect, it } from 'vitest';
import { addWorkingDays, addYears, isWorkingDay, workingDaysBetween, type WorkCalendar } from './workdays';

// The 2026 National Day holiday as the State Council set it: 1–7 October off, Sunday
// 20 September and Saturday 10 October worked instead.
const cal2026: WorkCalendar = {
  holidays: [
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  workdays: ['2026-09-20', '2026-10-10'],
};
const plain: WorkCalendar = { holidays: [], workdays: [] };

describe('working-day calendar', () => {
  it('knows weekends, holidays and adjusted working days', () => {
    expect(isWorkingDay('2026-09-28', cal2026)).toBe(true); // Monday
    expect(isWorkingDay('2026-10-01', cal2026)).toBe(false); // Thursday, National Day
    expect(isWorkingDay('2026-10-10', cal2026)).toBe(true); // Saturday worked
    expect(isWorkingDay('2026-10-11', cal2026)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20', cal2026)).toBe(true);
  });

  it('puts 备案 20 working days after 印发 across the National Day holiday', () => {
    // Issued Monday 28 September: 29, 30 Sep; 8, 9, 10 (Sat, worked), 12–16, 19–23, 26–30 Oct.
    expect(addWorkingDays('2026-09-28', 20, cal2026)).toBe('2026-10-30');
    // Without the holiday the same count ends four days earlier.
    expect(addWorkingDays('2026-09-28', 20, plain)).toBe('2026-10-26');
  });

  it('counts working days left, and past the due date as negative', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-30', cal2026)).toBe(18);
    expect(workingDaysBetween('2026-10-30', '2026-10-30', cal2026)).toBe(0);
    expect(workingDaysBetween('2026-11-03', '2026-10-30', cal2026)).toBe(-2);
    // The whole holiday week counts nothing.
    expect(workingDaysBetween('2026-09-30', '2026-10-07', cal2026)).toBe(0);
  });

  it('adds years, 29 February falling back to the 28th', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-10-30', 3)).toBe('2029-10-30');
  });
});
