// A date line as English outlets write it, from the forms translated and foreign pages keep: "Publié le
// 17 septembre 2024 à 18h02", "Actualizado 18/09/2024 - 13:05 CEST", "Veröffentlicht am 12. März 2025,
// 14:30 Uhr", a Tamil or Hindi date with its English restatement in brackets, and Markdown's emphasis
// round the whole ("**July 14, 2023**"). The date line reader (parseArticle's dateLine) knows the English.

/** Month names of French, Spanish, Portuguese, Italian and German, to the English month. */
const MONTHS: Record<string, string> = {};
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
for (const names of [
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  // Swedish, Danish and Norwegian, Dutch.
  'januari februari mars april maj juni juli augusti september oktober november december',
  'januar februar marts april maj juni juli august september oktober november december',
  'januari februari maart april mei juni juli augustus september oktober november december',
]) names.split(' ').forEach((n, k) => (MONTHS[n.toLowerCase()] = ENGLISH[k]));
const MONTH_WORD = new RegExp(`(?<=\\d\\.?\\s+(?:de\\s+)?)(${Object.keys(MONTHS).join('|')})(?=\\s+(?:de\\s+)?\\d{4})`, 'giu');

/** Labels of a page's dates: to "Published" and "Updated". */
const LABELS: [RegExp, string][] = [
  [/\b(?:publié|publicado|publicada|pubblicato|veröffentlicht|publicerad|publiceret|publisert|gepubliceerd)(?:\s+(?:le|el|em|il|am|a|o|den|op)(?=\s))?\s*:?\s*/giu, 'Published '],
  [/\b(?:mis à jour|modifié|actualizado|actualizada|atualizado|atualizada|aggiornato|aktualisiert|uppdaterad|opdateret|oppdatert|bijgewerkt)(?:\s+(?:le|el|em|il|am|a|o|den|op)(?=\s))?\s*:?\s*/giu, 'Updated '],
  // (Korean pages' "입력 2024년 12월 6일 오전 9:12 | 수정 …": entered and revised.)
  [/(?<![\p{L}])입력\s*:?\s*/gu, 'Published '],
  [/(?<![\p{L}])수정\s*:?\s*/gu, 'Updated '],
  // (Tagesschau's "Stand: 08.03.2025 17:56 Uhr": the page as of then.)
  [/^\s*Stand:\s*/gu, 'Updated '],
];

/** Weekdays of French, Spanish, Portuguese, Italian and German, before a date. */
const WEEKDAY_WORD = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(?=\d)/giu;

/** Words of the hour: "à 18h02", "a las 13:05", "às 07h00", "alle 14:30", "14:30 Uhr". */
const AT_WORDS = /\s+(?:à|a las|às|alle|um|kl\.|om)\s+(?=\d)/giu;
const H_TIME = /\b(\d{1,2})h(\d{2})\b/g;
/** "Atualizado há 2 horas", "mis à jour il y a 3 heures": how long ago, which says no day. */
const AGO = /\s*(?:[|·-]\s*)?(?:Updated\s+)?(?:há|hace|il y a|vor)\s+\d{1,2}\s+\p{L}+\s*$/iu;

/** Letters of Greek, Cyrillic, the scripts of the Middle East, South and Southeast Asia, and East Asia (not Latin's). */
const OTHER_LETTERS = String.raw`\u0370-\u1DFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF`;
/** A script that is not Latin: a date written in it may be restated in English in brackets. */
const OTHER_SCRIPT = new RegExp(`[${OTHER_LETTERS}]`, 'u');
/** A bracketed English date: "(July 09, 2021 05:30 IST)", "(Published: 10 July 2021 07:15 AM)". */
const RESTATED = /[([]((?:(?:Published|Updated|Last updated)\s*:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[^()[\]]{0,40}?\d{4}[^()[\]]{0,30})[)\]]/;

/** An English weekday opening a bracket after a date in another language: "… 2024 (Monday, July 1, 2024)". */
const ENGLISH_WEEKDAY_RESTATED = /^[^()]*\d{4}\s*\(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,/;

/** A note in brackets written in another script. */
const NOTE_IN_OTHER_SCRIPT = new RegExp(String.raw`\s*[(（[][^()（）[\]]*[${OTHER_LETTERS}][^()（）[\]]*[)）\]]`, 'gu');

/** Is there anything here to put in English? Most lines are English already, and pass untouched. */
const FOREIGN = /[^\x00-\x7F]|\*|_|\dh\d|\b(?:Publi|Actuali|Atuali|Pubbl|Aggiorn|Aktuali|Stand:|Uhr\b|Uppdat|Opdat|Oppdat|Gepubl|Bijgew|[Ll]unes|[Mm]artes|[Jj]ueves|[Vv]iernes|[Dd]omingo)|\d\.?\s+(?:de\s+)?\p{Ll}{3,}\.?\s+(?:de\s+)?\d{4}|\d\.\s+\p{Lu}|\(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,/u;

export function dateLineInEnglish(line: string): string {
  if (!FOREIGN.test(line)) return line;
  // "**Published Tue, Feb 14 2023 1:32 AM EST** · Updated …", "*FXStreet · Live coverage · Friday 10 March 2023*".
  line = line.replace(/\*\*|__/g, '')
    // ("*March 29, 2019* — Aviation Week staff": emphasis round the date only.)
    .replace(/(^|\s)[*_]([^*_\n]{4,60}?)[*_](?=\s|$)/g, '$1$2')
    .replace(/^\s*[*_](?=\S)|(?<=\S)[*_]\s*$/g, '');
  // ("Jumatatu, Julai 1, 2024 (Monday, July 1, 2024)": a date in another language restated in English.)
  const otherScript = OTHER_SCRIPT.test(line);
  if (otherScript || ENGLISH_WEEKDAY_RESTATED.test(line)) {
    const restated = RESTATED.exec(line);
    // ("(July 9, 2021, 19:30 JST, members only)": what the page adds after the date is no part of it.)
    if (restated) return restated[1].replace(/,\s+\p{Ll}[^,]*$/u, '');
  }
  if (otherScript) {
    // ("2023-02-14 21:06:15 (北京时间 2023年02月14日 21:06)", "2025년 3월 4일 (화) 09:12": a note in the other script,
    // beside a date, says no more.)
    const bare = line.replace(NOTE_IN_OTHER_SCRIPT, '');
    if (bare !== line && /\d{4}/.test(bare)) line = bare;
  }
  for (const [re, label] of LABELS) line = line.replace(re, label);
  // ("Publicado: Lunes 14 de septiembre de 2020 a las 04:00 hrs.": the weekday, and "hrs." after the hour, say no more.)
  line = line.replace(WEEKDAY_WORD, '').replace(/(?<=\d{1,2}[:.]\d{2})\s*hrs?\.?/gi, '');
  return line
    .replace(MONTH_WORD, (m) => MONTHS[m.toLowerCase()] ?? m)
    .replace(/(?<=\d\.?\s)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?=\.?\s+\d{4})/g, (m) => m.charAt(0).toUpperCase() + m.slice(1))
    .replace(/(\d{1,2})\.\s+(?=[A-Z][a-z]+\.? \d{4})/g, '$1 ')
    .replace(/(?<=\d)\s+de\s+(?=[A-Z])|(?<=[a-z])\s+de\s+(?=\d{4})/g, ' ')
    .replace(H_TIME, '$1:$2')
    // ("08:45 a. m.": the Spanish morning.)
    .replace(/(?<=\d{1,2}:\d{2})\s*([ap])\.\s?m\./g, ' $1m')
    // ("오전 9:12", "오후 2:40": the Korean morning and afternoon.)
    .replace(/오전\s*(\d{1,2}:\d{2})/gu, '$1 AM').replace(/오후\s*(\d{1,2}:\d{2})/gu, '$1 PM')
    .replace(AT_WORDS, ' at ')
    .replace(/\s+Uhr\b/g, '')
    .replace(AGO, '')
    .replace(/,\s+updated at \d{1,2}:\d{2}\s*$/i, '');
}
