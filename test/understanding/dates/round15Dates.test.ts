/**
 * Round 15 (issue 9): date families set W showed missing once it was read, written anew.
 */
import { understand } from '../../../src/understanding/understand';

const read = (text: string, now: string, children = ['Nathan', 'Zoé']) => understand(text, { now, children });

describe('« d’ici à … » runs from today', () => {
  test('« qu’est-ce qui est prévu pour Zoé d’ici au vendredi 18 ? »', () => {
    expect(read("qu'est-ce qui est prévu pour Zoé d'ici au vendredi 18 ?", '2026-12-07T19:00').dates).toEqual([
      '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
    ]);
  });

  test('« annulez Nathan d’ici la fin de la semaine »', () => {
    expect(read("annulez Nathan d'ici la fin de la semaine", '2026-12-07T19:00').dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  test('« je vous envoie le certificat d’ici vendredi » names no range', () => {
    expect(read("Nathan était malade lundi, je vous envoie le certificat d'ici vendredi", '2026-12-08T19:00').dates).toEqual(['2026-12-07']);
  });
});

describe('ranges and weeks told with « de » and « ces vacances »', () => {
  test('« de lundi prochain jusqu’aux vacances » starts on that Monday', () => {
    expect(read("merci d'enlever Zoé de lundi prochain jusqu'aux vacances de Noël", '2026-12-09T19:00').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });

  test('« la deuxième semaine de ces vacances » is that week of the holidays named before', () => {
    expect(read("Pendant les vacances d'hiver je travaille, pouvez-vous prendre Nathan la deuxième semaine de ces vacances ?", '2027-01-20T10:00').dates).toEqual([
      '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05',
    ]);
  });
});

describe('set Y date families, written anew', () => {
  test('English month first: « from January 11 to January 13 »', () => {
    expect(read('Nathan will not come from January 11 to January 13', '2026-12-07T19:00').dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13']);
  });

  test('Spanish « todos los jueves de enero »', () => {
    expect(read('inscribir Zoé todos los jueves de enero por favor', '2026-12-07T19:00').dates).toEqual(['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']);
  });

  test('Darija « demain w ba3d ghedda »: tomorrow and the day after', () => {
    expect(read('Nathan garderie demain w ba3d ghedda', '2026-12-07T19:00').dates).toEqual(['2026-12-08', '2026-12-09']);
  });

  test('« de ce jour » after a day named is that day', () => {
    expect(read('Zoé sera chez sa tante le jeudi 10 décembre, merci de retirer sa réservation de ce jour', '2026-12-07T19:00').dates).toEqual(['2026-12-10']);
  });

  test('« la semaine du 14 décembre, dernière semaine avant les vacances » is that week only', () => {
    expect(read("jusqu'à quand puis-je modifier la semaine du 14 décembre, dernière semaine avant les vacances ?", '2026-12-07T19:00').dates).toEqual([
      '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
    ]);
  });
});
