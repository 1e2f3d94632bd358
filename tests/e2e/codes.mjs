// Codes the app reads, written in the tests as their specifications say.

const ALPHA = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/**
 * A quiz result code (src/domain/quiz/code.rs): header, seven scores in
 * base 101 written in base 29, check character.
 */
export function quizCode(scores) {
  const values = [3]; // version 1, complete mode
  let n = 0n;
  for (const s of scores) n = n * 101n + BigInt(s);
  const digits = [];
  for (let i = 0; i < 10; i++) { digits.unshift(Number(n % 29n)); n /= 29n; }
  values.push(...digits);
  const partial = values.reduce((acc, v, i) => (acc + (i + 1) * v) % 29, 0);
  values.push(((29 - partial) % 29) * 17 % 29); // 17 = 12⁻¹ mod 29
  return values.map((v) => ALPHA[v]).join('');
}
