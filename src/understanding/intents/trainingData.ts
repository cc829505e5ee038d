/** Loads the intent training sentences kept as data files (src/understanding/data/training/). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Intent } from '../types';
import { INTENTS } from '../types';

/** The names used in the training sentences: masked like any family's children. */
export const TRAINING_FAMILY = ['Emma', 'Lucas', 'Jade', 'Louis'];

export const TRAINING_DIR = path.resolve(__dirname, '../data/training');

export interface TrainingSentence {
  text: string;
  intent: Intent;
}

/** Every sentence of `<intent>.txt` files in `dir`. */
export function loadTrainingSentences(dir: string = TRAINING_DIR): TrainingSentence[] {
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
export function trainingForAudit(dir: string = TRAINING_DIR): { source: string; text: string; children: readonly string[] }[] {
  const sentences: { source: string; text: string; children: readonly string[] }[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const text = line.trim();
        if (text && !text.startsWith('#')) sentences.push({ source: `training:${file}:${index + 1}`, text, children: TRAINING_FAMILY });
      });
  }
  return sentences;
}
