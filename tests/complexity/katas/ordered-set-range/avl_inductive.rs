// learner: optimal
// idiom: inductive AVL tree as an enum, structural recursion, helper "lemmas" as free functions
//! An ordered set with range queries: see README.md.

/// The inductive type of AVL trees: Leaf | Node(l, key, r, height).
#[derive(Debug, Default)]
enum Tree {
    #[default]
    Leaf,
    Node(Box<Tree>, i64, Box<Tree>, u32),
}

use Tree::{Leaf, Node};

fn height(t: &Tree) -> u32 {
    match t {
        Leaf => 0,
        Node(_, _, _, h) => *h,
    }
}

fn mk(l: Tree, k: i64, r: Tree) -> Tree {
    let h = 1 + height(&l).max(height(&r));
    Node(Box::new(l), k, Box::new(r), h)
}

fn rotate_right(t: Tree) -> Tree {
    match t {
        Node(l, k, r, _) => match *l {
            Node(ll, lk, lr, _) => mk(*ll, lk, mk(*lr, k, *r)),
            Leaf => mk(Leaf, k, *r),
        },
        Leaf => Leaf,
    }
}

fn rotate_left(t: Tree) -> Tree {
    match t {
        Node(l, k, r, _) => match *r {
            Node(rl, rk, rr, _) => mk(mk(*l, k, *rl), rk, *rr),
            Leaf => mk(*l, k, Leaf),
        },
        Leaf => Leaf,
    }
}

fn balance_factor(t: &Tree) -> i64 {
    match t {
        Leaf => 0,
        Node(l, _, r, _) => height(l) as i64 - height(r) as i64,
    }
}

/// Restores the AVL invariant at the root, assuming both subtrees are AVL
/// and their heights differ by at most 2.
fn rebalance(l: Tree, k: i64, r: Tree) -> Tree {
    let bf = height(&l) as i64 - height(&r) as i64;
    if bf > 1 {
        let l = if balance_factor(&l) < 0 { rotate_left(l) } else { l };
        rotate_right(mk(l, k, r))
    } else if bf < -1 {
        let r = if balance_factor(&r) > 0 { rotate_right(r) } else { r };
        rotate_left(mk(l, k, r))
    } else {
        mk(l, k, r)
    }
}

fn insert(t: Tree, key: i64, added: &mut bool) -> Tree {
    match t {
        Leaf => {
            *added = true;
            mk(Leaf, key, Leaf)
        }
        Node(l, k, r, h) => {
            if key < k {
                rebalance(insert(*l, key, added), k, *r)
            } else if key > k {
                rebalance(*l, k, insert(*r, key, added))
            } else {
                Node(l, k, r, h)
            }
        }
    }
}

/// Removes the minimum, returning (rest, min). Precondition: the tree is a Node.
fn pop_min(t: Tree) -> (Tree, i64) {
    match t {
        Node(l, k, r, _) => match *l {
            Leaf => (*r, k),
            l => {
                let (l2, m) = pop_min(l);
                (rebalance(l2, k, *r), m)
            }
        },
        Leaf => unreachable!("pop_min of Leaf"),
    }
}

fn remove(t: Tree, key: i64, removed: &mut bool) -> Tree {
    match t {
        Leaf => Leaf,
        Node(l, k, r, _) => {
            if key < k {
                rebalance(remove(*l, key, removed), k, *r)
            } else if key > k {
                rebalance(*l, k, remove(*r, key, removed))
            } else {
                *removed = true;
                match (*l, *r) {
                    (Leaf, r) => r,
                    (l, Leaf) => l,
                    (l, r) => {
                        let (r2, m) = pop_min(r);
                        rebalance(l, m, r2)
                    }
                }
            }
        }
    }
}

fn mem(t: &Tree, key: i64) -> bool {
    match t {
        Leaf => false,
        Node(l, k, r, _) => {
            if key < *k {
                mem(l, key)
            } else if key > *k {
                mem(r, key)
            } else {
                true
            }
        }
    }
}

/// Counts keys in [lo, hi], pruning subtrees that lie wholly outside.
fn count_in(t: &Tree, lo: i64, hi: i64) -> usize {
    match t {
        Leaf => 0,
        Node(l, k, r, _) => {
            let left = if lo < *k { count_in(l, lo, hi) } else { 0 };
            let here = usize::from(lo <= *k && *k <= hi);
            let right = if *k < hi { count_in(r, lo, hi) } else { 0 };
            left + here + right
        }
    }
}

fn collect_in(t: &Tree, lo: i64, hi: i64, out: &mut Vec<i64>) {
    if let Node(l, k, r, _) = t {
        if lo < *k {
            collect_in(l, lo, hi, out);
        }
        if lo <= *k && *k <= hi {
            out.push(*k);
        }
        if *k < hi {
            collect_in(r, lo, hi, out);
        }
    }
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Tree,
    size: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { root: Leaf, size: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut added = false;
        let t = std::mem::take(&mut self.root);
        self.root = insert(t, key, &mut added);
        if added {
            self.size += 1;
        }
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut removed = false;
        let t = std::mem::take(&mut self.root);
        self.root = remove(t, key, &mut removed);
        if removed {
            self.size -= 1;
        }
        removed
    }

    pub fn contains(&self, key: i64) -> bool {
        mem(&self.root, key)
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            0
        } else {
            count_in(&self.root, lo, hi)
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            collect_in(&self.root, lo, hi, &mut out);
        }
        out
    }
}
