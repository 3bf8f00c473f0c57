/** The transcript shows another delegation's first sentence: a title's full stop does not end it. */
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/ui/screens/transcript';

describe('the first sentence of a speech', () => {
  it('does not stop at "Mr." or "Dr."', () => {
    expect(firstSentence('Mr. Jenča reviews the reports. He restates the position.')).toEqual(['Mr. Jenča reviews the reports.', 'He restates the position.']);
    expect(firstSentence('We thank Dr. Ahmed for the data. It is grave.')[0]).toBe('We thank Dr. Ahmed for the data.');
  });

  it('still splits after a quotation that ends a sentence', () => {
    expect(firstSentence('He said it was “grave.” We agree.')).toEqual(['He said it was “grave.”', 'We agree.']);
  });

  it('splits a speech in each of the six languages after its first sentence', () => {
    expect(firstSentence('La France condamne ces actes. Elle appelle au calme.')).toEqual(['La France condamne ces actes.', 'Elle appelle au calme.']);
    expect(firstSentence('Россия отвергает это. Мы призываем к миру.')).toEqual(['Россия отвергает это.', 'Мы призываем к миру.']);
    expect(firstSentence('تؤكد فرنسا موقفها. وتدعو إلى التهدئة.')).toEqual(['تؤكد فرنسا موقفها.', 'وتدعو إلى التهدئة.']);
    expect(firstSentence('中国呼吁各方保持冷静。和平是共同的责任。')).toEqual(['中国呼吁各方保持冷静。', '和平是共同的责任。']);
    expect(firstSentence('¿Qué haría el Consejo? España responde.')).toEqual(['¿Qué haría el Consejo?', 'España responde.']);
  });
});
