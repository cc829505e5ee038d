/**
 * A small multinomial logistic regression over sparse binary features, trained in a
 * few tens of milliseconds at start-up: no model file to keep in sync with the data.
 */

export interface Example<L extends string> {
  features: readonly string[];
  label: L;
}

export interface Prediction<L extends string> {
  label: L;
  /** Probability of `label` (0–1). */
  confidence: number;
  /** Probability of the second most probable label. */
  runnerUp: number;
  scores: Record<L, number>;
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

export class SoftmaxClassifier<L extends string> {
  private readonly index = new Map<string, number>();
  private weights: Float64Array = new Float64Array(0);
  private bias: Float64Array;

  constructor(readonly labels: readonly L[]) {
    this.bias = new Float64Array(labels.length);
  }

  /** Trains on `examples` with shuffled stochastic gradient descent. */
  train(examples: readonly Example<L>[], options: TrainingOptions = {}): this {
    const { epochs = 40, learningRate = 0.3, l2 = 1e-5, seed = 7 } = options;
    for (const example of examples) for (const f of example.features) if (!this.index.has(f)) this.index.set(f, this.index.size);
    const k = this.labels.length;
    this.weights = new Float64Array(this.index.size * k);
    this.bias = new Float64Array(k);
    const encoded = examples.map((e) => ({
      ids: [...new Set(e.features.map((f) => this.index.get(f)!))],
      label: this.labels.indexOf(e.label),
    }));
    let state = seed;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const order = encoded.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = learningRate / (1 + epoch * 0.1);
      for (const n of order) {
        const { ids, label } = encoded[n];
        const probabilities = this.probabilities(ids);
        for (let c = 0; c < k; c++) {
          const gradient = probabilities[c] - (c === label ? 1 : 0);
          this.bias[c] -= rate * gradient;
          for (const id of ids) {
            const w = id * k + c;
            this.weights[w] -= rate * (gradient + l2 * this.weights[w]);
          }
        }
      }
    }
    return this;
  }

  /** Whether `feature` was seen in training. */
  knows(feature: string): boolean {
    return this.index.has(feature);
  }

  /** The most probable label and the probabilities of all. */
  predict(features: readonly string[]): Prediction<L> {
    const ids = [...new Set(features.map((f) => this.index.get(f)).filter((id): id is number => id !== undefined))];
    const probabilities = this.probabilities(ids);
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
    let runnerUp = 0;
    for (let c = 0; c < probabilities.length; c++) if (c !== best && probabilities[c] > runnerUp) runnerUp = probabilities[c];
    const scores = {} as Record<L, number>;
    this.labels.forEach((label, c) => (scores[label] = probabilities[c]));
    return { label: this.labels[best], confidence: probabilities[best], runnerUp, scores };
  }

  private probabilities(ids: readonly number[]): Float64Array {
    const k = this.labels.length;
    const logits = Float64Array.from(this.bias);
    for (const id of ids) for (let c = 0; c < k; c++) logits[c] += this.weights[id * k + c];
    let max = -Infinity;
    for (let c = 0; c < k; c++) if (logits[c] > max) max = logits[c];
    let sum = 0;
    for (let c = 0; c < k; c++) sum += logits[c] = Math.exp(logits[c] - max);
    for (let c = 0; c < k; c++) logits[c] /= sum;
    return logits;
  }
}
