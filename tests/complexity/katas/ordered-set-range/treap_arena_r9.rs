// learner: optimal
// idiom: hand-rolled treap in a Vec arena with index links, recursive split/merge, in-order walk with an explicit stack
#[derive(Debug, Clone)]
struct Node {
    key: i64,
    prio: u64,
    left: Option<usize>,
    right: Option<usize>,
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: Option<usize>,
    count: usize,
    seed: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { seed: 0x9E37_79B9_7F4A_7C15, ..Default::default() }
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    /// Splits `t` into (keys < key, keys >= key).
    fn split(&mut self, t: Option<usize>, key: i64) -> (Option<usize>, Option<usize>) {
        match t {
            None => (None, None),
            Some(i) if self.nodes[i].key < key => {
                let (l, r) = self.split(self.nodes[i].right, key);
                self.nodes[i].right = l;
                (Some(i), r)
            }
            Some(i) => {
                let (l, r) = self.split(self.nodes[i].left, key);
                self.nodes[i].left = r;
                (l, Some(i))
            }
        }
    }

    /// Merges two treaps where every key of `a` is below every key of `b`.
    fn merge(&mut self, a: Option<usize>, b: Option<usize>) -> Option<usize> {
        match (a, b) {
            (None, x) | (x, None) => x,
            (Some(i), Some(j)) if self.nodes[i].prio > self.nodes[j].prio => {
                let r = self.merge(self.nodes[i].right, Some(j));
                self.nodes[i].right = r;
                Some(i)
            }
            (Some(i), Some(j)) => {
                let l = self.merge(Some(i), self.nodes[j].left);
                self.nodes[j].left = l;
                Some(j)
            }
        }
    }

    fn alloc(&mut self, key: i64) -> usize {
        let prio = self.next_prio();
        let node = Node { key, prio, left: None, right: None };
        match self.free.pop() {
            Some(i) => {
                self.nodes[i] = node;
                i
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        }
    }

    /// Inserts node `n` into subtree `t` by priority: descend while t's priority is higher.
    fn insert_at(&mut self, t: Option<usize>, n: usize) -> Option<usize> {
        match t {
            Some(i) if self.nodes[i].prio > self.nodes[n].prio => {
                if self.nodes[n].key < self.nodes[i].key {
                    let l = self.insert_at(self.nodes[i].left, n);
                    self.nodes[i].left = l;
                } else {
                    let r = self.insert_at(self.nodes[i].right, n);
                    self.nodes[i].right = r;
                }
                Some(i)
            }
            _ => {
                let key = self.nodes[n].key;
                let (l, r) = self.split(t, key);
                self.nodes[n].left = l;
                self.nodes[n].right = r;
                Some(n)
            }
        }
    }

    fn erase_at(&mut self, t: Option<usize>, key: i64) -> Option<usize> {
        let i = t?;
        let k = self.nodes[i].key;
        if key < k {
            let l = self.erase_at(self.nodes[i].left, key);
            self.nodes[i].left = l;
            Some(i)
        } else if key > k {
            let r = self.erase_at(self.nodes[i].right, key);
            self.nodes[i].right = r;
            Some(i)
        } else {
            self.free.push(i);
            self.merge(self.nodes[i].left, self.nodes[i].right)
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let n = self.alloc(key);
        self.root = self.insert_at(self.root, n);
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        self.root = self.erase_at(self.root, key);
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut cur = self.root;
        while let Some(i) = cur {
            let n = &self.nodes[i];
            cur = match key.cmp(&n.key) {
                std::cmp::Ordering::Less => n.left,
                std::cmp::Ordering::Greater => n.right,
                std::cmp::Ordering::Equal => return true,
            };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Visits the keys in [lo, hi] in order, pruning subtrees outside the range.
    fn walk(&self, t: Option<usize>, lo: i64, hi: i64, visit: &mut impl FnMut(i64)) {
        if let Some(i) = t {
            let n = &self.nodes[i];
            if n.key > lo {
                self.walk(n.left, lo, hi, visit);
            }
            if lo <= n.key && n.key <= hi {
                visit(n.key);
            }
            if n.key < hi {
                self.walk(n.right, lo, hi, visit);
            }
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut total = 0;
        if lo <= hi {
            self.walk(self.root, lo, hi, &mut |_| total += 1);
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            self.walk(self.root, lo, hi, &mut |k| out.push(k));
        }
        out
    }
}
