/**
 * @internal CRC-16/CCITT-FALSE of `text` (polynomial 0x1021, initial value 0xFFFF, no
 * reflection, no final XOR), as 4 upper-case hex digits: the checksum EMVCo QR payloads end
 * with (`'123456789'` gives `'29B1'`, the standard check value). `text` is ASCII: each
 * character is one byte.
 */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = (crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
