import { understand } from '../src/understanding';
const now = process.argv[2];
for (const t of process.argv.slice(3)) console.log(t, '\n  ', JSON.stringify(understand(t, { now, children: ['Éloïse', 'Adam', 'Maël', 'Noé', 'Léa', 'Hugo', 'Inès', 'Zoé', 'Nathan'] })));
