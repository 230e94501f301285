// A Merkle diff level by level: the frontier starts as the root and each
// round keeps the children of the nodes that differ, so it holds at most
// 2d indices, not n; there are log n levels. The walk cannot size the
// frontier, so its collect is only an upper bound.
// unsure: the frontier's size is what the filters keep
// expect Tree::diff: time O(n^2), space O(n)
// target Tree::diff: time O(d log n), space O(d log n)
pub struct Tree {
    levels: Vec<Vec<u64>>,
}

impl Tree {
    pub fn diff(&self, other: &Tree) -> Vec<usize> {
        let mut frontier: Vec<usize> = vec![0];
        for lvl in (0..self.levels.len()).rev() {
            let mine = &self.levels[lvl];
            let theirs = &other.levels[lvl];
            let differing: Vec<usize> =
                frontier.into_iter().filter(|&i| mine[i] != theirs[i]).collect();
            if lvl == 0 {
                return differing;
            }
            let below = self.levels[lvl - 1].len();
            frontier = differing
                .iter()
                .flat_map(|&i| [2 * i, 2 * i + 1])
                .filter(|&c| c < below)
                .collect();
        }
        Vec::new()
    }
}
