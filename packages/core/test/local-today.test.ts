import { expect } from 'chai';
import { isIsoDate, localToday } from '../src/index.js';

describe('localToday', () => {
  it('writes the local calendar day of a moment, as ISO', () => {
    expect(localToday(new Date(2024, 0, 31, 23, 59))).to.equal('2024-01-31');
    expect(localToday(new Date(2024, 1, 29, 0, 0))).to.equal('2024-02-29');
    expect(localToday(new Date(2567 - 543, 11, 5, 12))).to.equal('2024-12-05');
  });

  it('pads a year before 1000 to four digits', () => {
    const early = new Date(2000, 2, 7);
    early.setFullYear(999);
    expect(localToday(early)).to.equal('0999-03-07');
  });

  it('reads the current moment when given none', () => {
    const before = localToday(new Date());
    const today = localToday();
    const after = localToday(new Date());
    expect(isIsoDate(today)).to.equal(true);
    expect([before, after]).to.include(today);
  });
});
