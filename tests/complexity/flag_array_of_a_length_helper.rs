// `let n = self.len()` with `fn len` returning `self.levels[0].len()` (or
// 0 when empty): every value the helper returns is a length, so
// `vec![false; n]` fills n flags for certain, over an O(1)-space target.
// A number from any other helper is only assumed to be n
// (alloc_of_a_helper_random_level.rs).
// expect Tree::diff: time O(n), space O(n)
// target Tree::diff: time O(log n), space O(1)
pub struct Tree {
    levels: Vec<Vec<u64>>,
}

impl Tree {
    pub fn len(&self) -> usize {
        if self.levels.is_empty() {
            0
        } else {
            self.levels[0].len()
        }
    }

    pub fn diff(&self) -> usize {
        let n = self.len();
        let flags = vec![false; n];
        flags.iter().filter(|f| **f).count()
    }
}
