// Merkle diff, three correct ways: recursive descent, a breadth-first queue
// (sorting only the differing leaves), an explicit stack. Each skips the
// subtrees whose digests match; none walks every leaf.
// expect MerkleTree::walk: time O(n), space O(log n)
// expect MerkleTree::diff: time O(n), space O(log n)
// expect MerkleTree::diff_bfs: time O(n log n), space O(n)
// expect MerkleTree::diff_stack: time O(n), space O(n)
// target MerkleTree::diff: time O(d log n), space O(d log n)
// target MerkleTree::diff_bfs: time O(d log n), space O(d log n)
// target MerkleTree::diff_stack: time O(d log n), space O(d log n)
use std::collections::VecDeque;
use std::ops::Range;
pub struct MerkleTree {
    levels: Vec<Vec<u64>>,
}
impl MerkleTree {
    fn walk(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if self.levels[level][i] == other.levels[level][i] {
            return;
        }
        if level == 0 {
            match out.last_mut() {
                Some(last) if last.end == i => last.end = i + 1,
                _ => out.push(i..i + 1),
            }
            return;
        }
        self.walk(other, level - 1, 2 * i, out);
        if 2 * i + 1 < self.levels[level - 1].len() {
            self.walk(other, level - 1, 2 * i + 1, out);
        }
    }
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        if !self.levels[0].is_empty() {
            self.walk(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
    pub fn diff_bfs(&self, other: &Self) -> Vec<usize> {
        let mut found = Vec::new();
        let mut todo = VecDeque::new();
        todo.push_back((self.levels.len() - 1, 0));
        while let Some((depth, node)) = todo.pop_front() {
            if self.levels[depth][node] != other.levels[depth][node] {
                if depth == 0 {
                    found.push(node);
                } else {
                    for child in [2 * node, 2 * node + 1] {
                        if child < self.levels[depth - 1].len() {
                            todo.push_back((depth - 1, child));
                        }
                    }
                }
            }
        }
        found.sort();
        found
    }
    pub fn diff_stack(&self, other: &Self) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((level, i)) = stack.pop() {
            if self.levels[level][i] == other.levels[level][i] {
                continue;
            }
            if level == 0 {
                out.push(i..i + 1);
                continue;
            }
            let below = &self.levels[level - 1];
            if 2 * i + 1 < below.len() {
                stack.push((level - 1, 2 * i + 1));
            }
            stack.push((level - 1, 2 * i));
        }
        out
    }
}
