import { understandInDetail } from '../src/understanding';
import { conceptsOf } from '../src/understanding/intents/concepts';
const now = process.argv[2];
for (const t of process.argv.slice(3)) { const d = understandInDetail(t, { now, children: ['Éloïse', 'Adam', 'Maël', 'Noé', 'Léa', 'Hugo', 'Inès', 'Zoé', 'Nathan'] }) as any; console.log(t, '\n  ', d.prepared, d.intent, d.intentSource, JSON.stringify(conceptsOf(d.prepared))); }
