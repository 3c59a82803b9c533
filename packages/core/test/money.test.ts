import { expect } from 'chai';
import { money } from '../src/index.js';

describe('money', () => {
  it('always writes two decimals', () => {
    expect(money('1234.5').toString()).to.equal('1234.50');
  });
});
