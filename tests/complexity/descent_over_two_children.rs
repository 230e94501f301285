// A descent that folds over the (at most two) children of a node one level
// down: a range of constant width, and a recursion into children (each node
// once at most), not a chain of n − 1 levels.
// unsure: equal subtrees are pruned, which the estimate cannot see
// expect descend: time O(n), space O(n)
// target descend: time O(log n), space O(log n)
pub fn descend(a: &[Vec<u64>], b: &[Vec<u64>], level: usize, index: usize, acc: Vec<usize>) -> Vec<usize> {
    if a[level][index] == b[level][index] {
        return acc;
    }
    if level == 0 {
        let mut acc = acc;
        acc.push(index);
        return acc;
    }
    let below = a[level - 1].len();
    (2 * index..(2 * index + 2).min(below)).fold(acc, |acc, child| descend(a, b, level - 1, child, acc))
}
