import { LedgerKind, StatementLine } from './budget.entity';
import { penceToPounds } from '../../common/csv';
import { statementCsv } from './statement-csv';

const line = (f: Partial<StatementLine>): StatementLine =>
  Object.assign(new StatementLine(), {
    id: '1', budgetId: 'b', kind: LedgerKind.ALLOCATION, amountPence: 0, availableChangePence: 0, allocatedAfterPence: 0,
    committedAfterPence: 0, spentAfterPence: 0, availableAfterPence: 0, bookingId: null, note: null, createdAt: new Date('2026-04-01T09:30:00Z'),
    offeringTitle: null, providerName: null, sessionStartsAt: null, ...f,
  });

describe('statement CSV', () => {
  it('writes pence as pounds with two decimals, exactly', () => {
    expect([0, 5, 99, 100, 1050, 240000, -1050, -1, 2147483647].map(penceToPounds)).toEqual([
      '0.00', '0.05', '0.99', '1.00', '10.50', '2400.00', '-10.50', '-0.01', '21474836.47',
    ]);
  });

  it('has a header, ISO dates and the running balance after each line', () => {
    const csv = statementCsv([
      line({ kind: LedgerKind.ALLOCATION, amountPence: 240000, availableChangePence: 240000, allocatedAfterPence: 240000, availableAfterPence: 240000 }),
      line({
        id: '2', kind: LedgerKind.HOLD, amountPence: 1500, availableChangePence: -1500, allocatedAfterPence: 240000, committedAfterPence: 1500, availableAfterPence: 238500, bookingId: 'bk', createdAt: new Date('2026-04-02T10:00:00Z'),
        offeringTitle: 'Calm walks', providerName: 'Moss Side Circle', sessionStartsAt: new Date('2026-04-08T09:00:00Z'),
      }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,recorded_at,type,description,amount,change_to_available,allocated,committed,spent,available,booking_id,service,provider,session_start,note',
      '2026-04-01,2026-04-01T09:30:00.000Z,ALLOCATION,Money added,2400.00,2400.00,2400.00,0.00,0.00,2400.00,,,,,',
      // The session is at 10:00 in London (BST) on the statement, and in UTC in its own column.
      '2026-04-02,2026-04-02T10:00:00.000Z,HOLD,"Held for a booking: Calm walks with Moss Side Circle, session Wed, 8 Apr 2026, 10:00",15.00,-15.00,2400.00,15.00,0.00,2385.00,bk,Calm walks,Moss Side Circle,2026-04-08T09:00:00.000Z,',
      '',
    ]);
  });

  it('quotes free text and defuses spreadsheet formulas', () => {
    const csv = statementCsv([line({ note: 'Top-up, "April"' }), line({ note: '=HYPERLINK("x")' })]);
    const rows = csv.trim().split('\r\n');
    expect(rows[1].endsWith(',"Top-up, ""April"""')).toBe(true);
    expect(rows[2].endsWith(`,"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});
