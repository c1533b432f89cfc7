package realign.experiment;

import java.util.List;

/**
 * A swept parameter, addressed by its {@code --set} name ({@code trust.reversion}, {@code shocks[0].salience},
 * {@code shocks[0].votes.USA}): a list of numbers, a range with a distribution, or a list of categories (any
 * scalar the scenario accepts: votes, names). {@link #value(double)} maps a coordinate of the unit hypercube to
 * a value, so every design works in [0,1)^k; a categorical factor's values are its level indices 0..k-1, and
 * {@link #text(double)} turns them back into the category.
 *
 * @param categories the levels of a categorical factor, in the order given (null for numeric factors)
 * @param label what figures and printed tables call the factor (never null; the name when none was given)
 */
public record Factor(String name, List<Double> values, double min, double max, Dist dist, List<String> categories,
                     String label) {

    /** How a range is sampled. */
    public enum Dist {
        /** uniform on [min, max] */
        UNIFORM,
        /** log-uniform on [min, max] (min > 0) */
        LOGUNIFORM,
        /** whole numbers min..max, equally likely */
        INT
    }

    public Factor {
        values = values == null ? null : List.copyOf(values);
        categories = categories == null ? null : List.copyOf(categories);
        label = label == null ? name : label;
    }

    public static Factor ofValues(String name, List<Double> values) {
        return new Factor(name, values, Double.NaN, Double.NaN, null, null, null);
    }

    public static Factor ofRange(String name, double min, double max, Dist dist) {
        return new Factor(name, null, min, max, dist, null, null);
    }

    /** A categorical factor: its values are the indices of {@code categories}. */
    public static Factor ofCategories(String name, List<String> categories) {
        List<Double> index = new java.util.ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            index.add((double) i);
        }
        return new Factor(name, index, Double.NaN, Double.NaN, null, categories, null);
    }

    /** This factor with a label for figures and tables. */
    public Factor withLabel(String newLabel) {
        return new Factor(name, values, min, max, dist, categories, newLabel);
    }

    public boolean isCategorical() {
        return categories != null;
    }

    /**
     * A value as written in files and given to {@code --set}: a categorical factor's category, numbers whole
     * without a fraction.
     */
    public String text(double v) {
        if (isCategorical()) {
            return categories.get((int) v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public boolean isList() {
        return values != null;
    }

    /** The value at unit coordinate u in [0, 1]. */
    public double value(double u) {
        double v = Math.min(Math.max(u, 0), 1);
        if (isList()) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(v * values.size())));
        }
        return switch (dist) {
            case UNIFORM -> min + v * (max - min);
            case LOGUNIFORM -> Math.exp(Math.log(min) + v * (Math.log(max) - Math.log(min)));
            case INT -> Math.min(max, Math.floor(min + v * (max - min + 1)));
        };
    }

    /** The unit coordinate of a value (inverse of {@link #value} up to discretisation), for elementary effects. */
    public double unit(double v) {
        if (isList()) {
            int i = values.indexOf(v);
            return values.size() == 1 ? 0 : (double) Math.max(i, 0) / (values.size() - 1);
        }
        return switch (dist) {
            case UNIFORM, INT -> max == min ? 0 : (v - min) / (max - min);
            case LOGUNIFORM -> max == min ? 0 : Math.log(v / min) / Math.log(max / min);
        };
    }

    /** The value of grid level l of L (lists: their l-th value; ranges: L evenly spaced values from min to max). */
    public double level(int l, int levels) {
        if (isList()) {
            return values.get(l);
        }
        double u = levels == 1 ? 0.5 : (double) l / (levels - 1);
        if (dist == Dist.INT) {
            return Math.rint(min + u * (max - min));
        }
        return value(u);
    }
}
