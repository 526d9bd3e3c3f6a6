package org.smallwins.safety;

import java.util.List;

/**
 * Fits a {@link RiskHead}: weighted multinomial logistic regression with an L2 penalty, by full-batch
 * gradient descent with Nesterov momentum on standardised embeddings. No randomness and one thread, so
 * the same examples always give the same head.
 */
final class HeadTrainer {
    /** The penalty and the number of steps; {@link #SHIPPED} is what ./bot train uses. */
    record Options(double l2, int iterations, double learningRate) {
        static final Options SHIPPED = new Options(0.03, 400, 0.05);
    }

    /** One training example: an embedding, its class (a {@link RiskLevel} ordinal) and its weight. */
    record Example(float[] embedding, int label, double weight) {}

    private HeadTrainer() {}

    static RiskHead train(List<Example> examples, Options options, String digest) {
        int n = examples.size();
        int d = examples.get(0).embedding().length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (Example e : examples) {
            for (int i = 0; i < d; i++) {
                mean[i] += e.embedding()[i] / n;
            }
        }
        for (Example e : examples) {
            for (int i = 0; i < d; i++) {
                double diff = e.embedding()[i] - mean[i];
                scale[i] += diff * diff / n;
            }
        }
        // One scale for every dimension: dividing each by its own spread would magnify the near-constant
        // ones, and a head leaning on them read short everyday sentences ("I made my bed") as URGENT.
        double spread = 0;
        for (int i = 0; i < d; i++) {
            spread += scale[i] / d;
        }
        for (int i = 0; i < d; i++) {
            scale[i] = Math.sqrt(spread);
        }
        double[][] z = new double[n][d];
        double totalWeight = 0;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < d; i++) {
                z[k][i] = (examples.get(k).embedding()[i] - mean[i]) / scale[i];
            }
            totalWeight += examples.get(k).weight();
        }
        double[][] w = new double[RiskHead.CLASSES][d + 1];
        double[][] velocity = new double[RiskHead.CLASSES][d + 1];
        for (int step = 0; step < options.iterations(); step++) {
            double[][] ahead = new double[RiskHead.CLASSES][d + 1];
            for (int c = 0; c < RiskHead.CLASSES; c++) {
                for (int i = 0; i <= d; i++) {
                    ahead[c][i] = w[c][i] + 0.9 * velocity[c][i];
                }
            }
            double[][] gradient = gradient(ahead, z, examples, totalWeight, options.l2());
            for (int c = 0; c < RiskHead.CLASSES; c++) {
                for (int i = 0; i <= d; i++) {
                    velocity[c][i] = 0.9 * velocity[c][i] - options.learningRate() * gradient[c][i];
                    w[c][i] += velocity[c][i];
                }
            }
        }
        return new RiskHead(mean, scale, w, digest);
    }

    private static double[][] gradient(
            double[][] w, double[][] z, List<Example> examples, double totalWeight, double l2) {
        int d = z[0].length;
        double[][] gradient = new double[RiskHead.CLASSES][d + 1];
        for (int k = 0; k < z.length; k++) {
            double[] p = RiskHead.softmax(RiskHead.logits(w, z[k]));
            Example e = examples.get(k);
            for (int c = 0; c < RiskHead.CLASSES; c++) {
                double error = (p[c] - (e.label() == c ? 1 : 0)) * e.weight() / totalWeight;
                double[] row = gradient[c];
                for (int i = 0; i < d; i++) {
                    row[i] += error * z[k][i];
                }
                row[d] += error;
            }
        }
        for (int c = 0; c < RiskHead.CLASSES; c++) {
            for (int i = 0; i < d; i++) {
                gradient[c][i] += l2 * w[c][i];
            }
        }
        return gradient;
    }
}
