// A Node example: read amounts the way members type them and print them for a receipt.
// Run after `pnpm build`:  node examples/node/amounts.mjs "1,234.50" "๒๑ บาท"
import { bahtText, errorMessage, formatMoney, isSajjaError, parseMoney, sum } from '@sajja/core';

const typed = process.argv.slice(2);
const inputs = typed.length > 0 ? typed : ['1,234.50', '๒๑ บาท', '฿100', '1.005'];
const amounts = [];

for (const text of inputs) {
  try {
    const amount = parseMoney(text);
    amounts.push(amount);
    console.log(`${formatMoney(amount).padStart(14)}  ${bahtText(amount)}`);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    console.log(
      `${JSON.stringify(text).padStart(14)}  ✗ ${errorMessage(error, 'en')} / ${errorMessage(error, 'th')}`,
    );
  }
}
const total = sum(amounts);
console.log(`${formatMoney(total).padStart(14)}  รวม ${bahtText(total)}`);
