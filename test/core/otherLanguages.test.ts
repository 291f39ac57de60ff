// The title and date rules are English ones: a paragraph in another language gives mentions
// and no facts, and English text with Spanish names is still English.

import { strict as assert } from 'assert';
import { analyze } from './helpers';

describe('other languages', () => {
  // Found in Mexican and Brazilian coverage: "…de Andrés Manuel López Obrador, y el general Trevilla
  // firmaron el acta …" gave López Obrador the rank "general" and an office of nine Spanish words.
  it('a paragraph written in Spanish or Portuguese gives mentions but no facts; an English one in the same file does', () => {
    const t = 'Relevo en Sedena\nPublished: 1 Oct. 2024\n\n' +
      'El general Luis Cresencio Sandoval González, quien encabezó la Sedena durante todo el sexenio de Andrés Manuel López Obrador, y el general Trevilla firmaron el acta administrativa de entrega-recepción del cargo en la ciudad de México.\n\n' +
      'O líder supremo do Irã, aiatolá Ali Khamenei, nomeou o general de brigada Mohamad Pakpur como novo comandante em chefe do Corpo de Guardas.\n\n' +
      'Defense Secretary Gen. Ricardo Trevilla Trejo took office on Monday, the ministry said in a statement.\n';
    const a = analyze('relevo.txt', t);
    const people = a.mentions.filter((m) => m.kind === 'person').map((m) => m.text);
    for (const name of ['Luis Cresencio Sandoval González', 'Andrés Manuel López Obrador', 'Ali Khamenei', 'Mohamad Pakpur', 'Ricardo Trevilla Trejo']) assert.ok(people.includes(name), name);
    assert.deepEqual(a.facts.map((f) => f.type === 'title' ? `${f.key}: ${f.title.text}` : `${f.key}: ${f.type} ${f.day}`), ['person:ricardotrevillatrejo: Defense Secretary Gen.', 'person:ricardotrevillatrejo: eventDate 2024-09-30']);
  });

  it('an English text with Spanish names and places is English', () => {
    const t = 'Talks\nPublished: 1 Oct. 2024\n\nPresident Luis Arce of Bolivia met Foreign Minister Celinda Sosa Lunda in La Paz on Monday. The talks with Ministro de Economía y Finanzas Marcelo Montenegro and the team of José Luis de la Cruz y Sánchez went on for hours, officials said.\n';
    const a = analyze('bolivia.txt', t);
    assert.deepEqual(a.facts.filter((f) => f.type === 'title').map((f) => f.type === 'title' && f.title.text), ['President', 'Foreign Minister']);
  });
});
