package io.liteci.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The components and their dependencies, ordered so that every component comes after those it
 * depends on. Independent components keep the order in which the intent lists them.
 */
final class DependencyGraph {

    private final List<String> names;

    private final Map<String, Integer> index;

    private final int[][] dependencies;

    private final int[] level;

    private final List<Integer> order = new ArrayList<>();

    /**
     * @param names the components, in intent order
     * @param dependsOn gives for each component the names it depends on, all of them among {@code names}
     */
    DependencyGraph(List<String> names, Function<String, List<String>> dependsOn) {
        this.names = List.copyOf(names);
        index = new HashMap<>(2 * names.size());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        dependencies = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            List<String> dependsOnNames = dependsOn.apply(names.get(i));
            dependencies[i] = new int[dependsOnNames.size()];
            for (int d = 0; d < dependencies[i].length; d++) {
                dependencies[i][d] = index.get(dependsOnNames.get(d));
            }
        }
        level = new int[names.size()];
        sort();
    }

    /** Kahn's algorithm, always taking the earliest ready component, so that ties keep intent order. */
    private void sort() {
        int size = names.size();
        int[] waitingFor = new int[size];
        List<List<Integer>> dependents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            dependents.add(new ArrayList<>(2));
        }
        for (int i = 0; i < size; i++) {
            waitingFor[i] = dependencies[i].length;
            for (int dependency : dependencies[i]) {
                dependents.get(dependency).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < size; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(next);
            for (int dependent : dependents.get(next)) {
                level[dependent] = Math.max(level[dependent], level[next] + 1);
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
    }

    /** Whether every component could be ordered, that is, there is no cycle. */
    boolean isAcyclic() {
        return order.size() == names.size();
    }

    /** The components in dependency order. */
    List<String> order() {
        return order.stream().map(names::get).toList();
    }

    /** The components level by level, each level in intent order. */
    List<List<String>> levels() {
        List<List<String>> levels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            while (levels.size() <= level[i]) {
                levels.add(new ArrayList<>());
            }
            levels.get(level[i]).add(names.get(i));
        }
        return levels;
    }

    /**
     * Each dependency cycle once, as the names along it with the first repeated at the end
     * ({@code a, b, a}), starting from its earliest component in intent order.
     */
    List<List<String>> cycles() {
        boolean[] ordered = new boolean[names.size()];
        order.forEach(i -> ordered[i] = true);
        boolean[] reported = new boolean[names.size()];
        List<List<String>> cycles = new ArrayList<>();
        for (int start = 0; start < names.size(); start++) {
            if (ordered[start] || reported[start]) {
                continue;
            }
            List<Integer> cycle = cycleReachedFrom(start, ordered);
            if (cycle.stream().noneMatch(i -> reported[i])) {
                cycle.forEach(i -> reported[i] = true);
                cycles.add(named(rotateToEarliest(cycle)));
            }
        }
        return cycles;
    }

    /** Follows unordered dependencies from {@code start} until a component repeats: that loop is a cycle. */
    private List<Integer> cycleReachedFrom(int start, boolean[] ordered) {
        Set<Integer> path = new LinkedHashSet<>();
        int current = start;
        while (path.add(current)) {
            current = firstUnordered(current, ordered);
        }
        List<Integer> walk = new ArrayList<>(path);
        return walk.subList(walk.indexOf(current), walk.size());
    }

    private int firstUnordered(int component, boolean[] ordered) {
        for (int dependency : dependencies[component]) {
            if (!ordered[dependency]) {
                return dependency;
            }
        }
        throw new IllegalStateException("an unordered component must wait for an unordered one");
    }

    private static List<Integer> rotateToEarliest(List<Integer> cycle) {
        int earliest = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
        List<Integer> rotated = new ArrayList<>(cycle.subList(earliest, cycle.size()));
        rotated.addAll(cycle.subList(0, earliest));
        return rotated;
    }

    private List<String> named(List<Integer> cycle) {
        List<String> path = new ArrayList<>(cycle.stream().map(names::get).toList());
        path.add(path.get(0));
        return path;
    }
}
