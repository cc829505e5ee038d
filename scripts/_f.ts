import { foldAndExpand } from '../src/understanding/text/prepareText';
console.log(foldAndExpand(process.argv[2]).join(' '));
