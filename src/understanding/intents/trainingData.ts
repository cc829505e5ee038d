/** Loads the intent training sentences kept as data files (src/understanding/data/training/). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Intent } from '../types';
import { INTENTS } from '../types';

/** The names used in the training sentences: masked like any family's children. */
export const TRAINING_FAMILY = ['Emma', 'Lucas', 'Jade', 'Louis'];

export const TRAINING_DIR = path.resolve(__dirname, '../data/training');
/** Sentences generated from templates (`npm run nlu:generate`), trained on beside the hand-written ones. */
export const GENERATED_DIR = path.resolve(__dirname, '../data/generated');

export interface TrainingSentence {
  text: string;
  intent: Intent;
}

/** Every sentence of `<intent>.txt` files in `dirs` (default: hand-written and generated). */
export function loadTrainingSentences(dirs: string | readonly string[] = [TRAINING_DIR, GENERATED_DIR]): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) sentences.push(...loadDirectory(dir));
  return sentences;
}

function loadDirectory(dir: string): TrainingSentence[] {
  if (!existsSync(dir)) return [];
  const sentences: TrainingSentence[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const intent = file.replace(/\.txt$/, '') as Intent;
    if (!INTENTS.includes(intent)) throw new Error(`Fichier d'entraînement pour une intention inconnue : ${file}`);
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const text = line.trim();
      if (text && !text.startsWith('#')) sentences.push({ text, intent });
    }
  }
  return sentences;
}

/** The training sentences as the leak audit reads them (source "training:<file>:<line>"). */
export function trainingForAudit(dirs: readonly string[] = [TRAINING_DIR, GENERATED_DIR]): { source: string; text: string; children: readonly string[] }[] {
  const sentences: { source: string; text: string; children: readonly string[] }[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const text = line.trim();
        if (text && !text.startsWith('#')) sentences.push({ source: `training:${path.basename(dir)}/${file}:${index + 1}`, text, children: TRAINING_FAMILY });
      });
  }
  return sentences;
}
