/** Names put into French and Spanish sentences contract with a preposition only at the seam. */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/engine/grammar';
describe('a name put into a sentence', () => {
  it('contracts de/à + le/les in French and de/a + el in Spanish, and nothing else', () => {
  expect(fill('exprimée par {player}.', 'player', 'le Japon', 'fr')).toBe('exprimée par le Japon.');
  expect(fill('la position de {player} et à {player}', 'player', 'le Japon', 'fr')).toBe('la position du Japon et au Japon');
  expect(fill('De {player}', 'player', 'les États-Unis', 'fr')).toBe('Des États-Unis');
  expect(fill('à {player}', 'player', 'les États-Unis', 'fr')).toBe('aux États-Unis');
  expect(fill('el representante de {names}', 'names', 'el Reino Unido', 'es')).toBe('el representante del Reino Unido');
  expect(fill('de {names}', 'names', 'la Federación de Rusia', 'es')).toBe('de la Federación de Rusia');
  expect(fill('de le faire {player}', 'player', 'le Japon', 'fr')).toBe('de le faire le Japon');
  });
});
