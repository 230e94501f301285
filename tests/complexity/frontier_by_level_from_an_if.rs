// A diff that walks a tree's levels, keeping the differing nodes of each
// level as a frontier set anew each round (`frontier = below`), starting
// from one of two constants (`if same { vec![] } else { vec![0] }`): the
// inner loop's rounds add up to what the frontiers hold, not levels × n
// (an upper bound: no finding).
// expect Tree::diff: time O(n^2), space O(n)
// target Tree::diff: time O(d log n), space O(d log n)
// unsure: the frontier holds the differing nodes of one level
pub struct Tree {
    levels: Vec<Vec<u64>>,
}

impl Tree {
    pub fn diff(&self, other: &Tree) -> Vec<usize> {
        let top = self.levels.len() - 1;
        let mut frontier: Vec<usize> = if self.levels[top][0] == other.levels[top][0] {
            vec![]
        } else {
            vec![0]
        };
        for level in (0..top).rev() {
            let width = self.levels[level].len();
            let mut below = Vec::new();
            for &parent in &frontier {
                for child in [2 * parent, 2 * parent + 1] {
                    if child < width && self.levels[level][child] != other.levels[level][child] {
                        below.push(child);
                    }
                }
            }
            frontier = below;
        }
        frontier
    }
}
