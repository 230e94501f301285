// A skip list's node gets `vec![NIL; level]` links, with `level` from a
// helper of the file that flips coins up to a constant cap. How large a
// number a helper returns, the walk does not know: the allocation (and a
// loop up to it) is only an upper bound, never a finding. A helper that
// returns a `.len()` (`fn len(&self)`) stays n for certain
// (flag_array_of_a_length_helper.rs).
// expect SkipList::insert: time O(n), space O(n)
// target SkipList::insert: time O(log n), space O(1)
// unsure: the level is at most MAX_LEVEL, which the walk cannot see
const MAX_LEVEL: usize = 16;
const NIL: usize = usize::MAX;

pub struct Node {
    key: i64,
    next: Vec<usize>,
}

pub struct SkipList {
    nodes: Vec<Node>,
    seed: u64,
}

impl SkipList {
    fn random_level(&mut self) -> usize {
        let mut level = 1;
        loop {
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            if self.seed & 1 == 0 || level >= MAX_LEVEL {
                break;
            }
            level += 1;
        }
        level
    }

    pub fn insert(&mut self, key: i64) {
        let level = self.random_level();
        let node = Node { key, next: vec![NIL; level] };
        for l in 0..level {
            let _ = l;
        }
        self.nodes.push(node);
    }
}
