// learner: optimal
// idiom: Unity C# game developer: hand-rolled randomized treap (fixed-seed xorshift like Random.InitState), Box<Node> children, recursive split/merge
//! An ordered set with range queries: see README.md.

type Link = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    priority: u64,
    left: Link,
    right: Link,
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Link,
    count: usize,
    seed: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { root: None, count: 0, seed: 0x2545_F491_4F6C_DD1D }
    }

    fn next_priority(&mut self) -> u64 {
        if self.seed == 0 {
            self.seed = 0x2545_F491_4F6C_DD1D;
        }
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    /// Splits `t` into (keys < key, keys >= key).
    fn split(t: Link, key: i64) -> (Link, Link) {
        match t {
            None => (None, None),
            Some(mut node) => {
                if node.key < key {
                    let (l, r) = Self::split(node.right.take(), key);
                    node.right = l;
                    (Some(node), r)
                } else {
                    let (l, r) = Self::split(node.left.take(), key);
                    node.left = r;
                    (l, Some(node))
                }
            }
        }
    }

    /// Merges two treaps where every key of `a` is below every key of `b`.
    fn merge(a: Link, b: Link) -> Link {
        match (a, b) {
            (None, b) => b,
            (a, None) => a,
            (Some(mut a), Some(mut b)) => {
                if a.priority > b.priority {
                    a.right = Self::merge(a.right.take(), Some(b));
                    Some(a)
                } else {
                    b.left = Self::merge(Some(a), b.left.take());
                    Some(b)
                }
            }
        }
    }

    fn insert_node(t: Link, node: Box<Node>) -> Link {
        match t {
            None => Some(node),
            Some(mut cur) => {
                if node.priority > cur.priority {
                    let (l, r) = Self::split(Some(cur), node.key);
                    let mut node = node;
                    node.left = l;
                    node.right = r;
                    Some(node)
                } else {
                    if node.key < cur.key {
                        cur.left = Self::insert_node(cur.left.take(), node);
                    } else {
                        cur.right = Self::insert_node(cur.right.take(), node);
                    }
                    Some(cur)
                }
            }
        }
    }

    fn remove_key(t: &mut Link, key: i64) -> bool {
        let Some(node) = t else { return false };
        if key < node.key {
            Self::remove_key(&mut node.left, key)
        } else if key > node.key {
            Self::remove_key(&mut node.right, key)
        } else {
            let mut gone = t.take().unwrap();
            *t = Self::merge(gone.left.take(), gone.right.take());
            true
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let priority = self.next_priority();
        let node = Box::new(Node { key, priority, left: None, right: None });
        self.root = Self::insert_node(self.root.take(), node);
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let removed = Self::remove_key(&mut self.root, key);
        if removed {
            self.count -= 1;
        }
        removed
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// In-order walk that only enters subtrees overlapping [lo, hi].
    fn visit_range(t: &Link, lo: i64, hi: i64, on_key: &mut dyn FnMut(i64)) {
        if let Some(node) = t {
            if lo < node.key {
                Self::visit_range(&node.left, lo, hi, on_key);
            }
            if lo <= node.key && node.key <= hi {
                on_key(node.key);
            }
            if node.key < hi {
                Self::visit_range(&node.right, lo, hi, on_key);
            }
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut total = 0;
        if lo <= hi {
            Self::visit_range(&self.root, lo, hi, &mut |_| total += 1);
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        if lo <= hi {
            Self::visit_range(&self.root, lo, hi, &mut |k| keys.push(k));
        }
        keys
    }
}
