// learner: optimal
// idiom: Idris dependent-types fan: a hand-rolled AVL tree as an inductive type (Option<Box<Node>>), every operation a structural recursion that rebuilds the spine and rebalances; pruned in-order walk for ranges
//! An ordered set with range queries: see README.md.

use std::cmp::Ordering;

type Tree = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    height: u8,
    left: Tree,
    right: Tree,
}

fn height(t: &Tree) -> u8 {
    t.as_ref().map_or(0, |n| n.height)
}

fn refresh(n: &mut Node) {
    n.height = 1 + height(&n.left).max(height(&n.right));
}

fn rotate_right(mut n: Box<Node>) -> Box<Node> {
    let mut l = n.left.take().expect("rotate_right needs a left child");
    n.left = l.right.take();
    refresh(&mut n);
    l.right = Some(n);
    refresh(&mut l);
    l
}

fn rotate_left(mut n: Box<Node>) -> Box<Node> {
    let mut r = n.right.take().expect("rotate_left needs a right child");
    n.right = r.left.take();
    refresh(&mut n);
    r.left = Some(n);
    refresh(&mut r);
    r
}

/// Restores |height(left) - height(right)| <= 1 at the root.
fn balance(mut n: Box<Node>) -> Box<Node> {
    refresh(&mut n);
    let (hl, hr) = (height(&n.left) as i16, height(&n.right) as i16);
    if hl - hr > 1 {
        let l = n.left.take().unwrap();
        n.left = Some(if height(&l.left) < height(&l.right) { rotate_left(l) } else { l });
        rotate_right(n)
    } else if hr - hl > 1 {
        let r = n.right.take().unwrap();
        n.right = Some(if height(&r.right) < height(&r.left) { rotate_right(r) } else { r });
        rotate_left(n)
    } else {
        n
    }
}

fn insert(t: Tree, key: i64, added: &mut bool) -> Box<Node> {
    match t {
        None => {
            *added = true;
            Box::new(Node { key, height: 1, left: None, right: None })
        }
        Some(mut n) => {
            match key.cmp(&n.key) {
                Ordering::Less => n.left = Some(insert(n.left.take(), key, added)),
                Ordering::Greater => n.right = Some(insert(n.right.take(), key, added)),
                Ordering::Equal => return n,
            }
            balance(n)
        }
    }
}

/// Detaches the minimum: (its key, the rest of the tree).
fn take_min(mut n: Box<Node>) -> (i64, Tree) {
    match n.left.take() {
        None => (n.key, n.right.take()),
        Some(l) => {
            let (k, rest) = take_min(l);
            n.left = rest;
            (k, Some(balance(n)))
        }
    }
}

fn remove(t: Tree, key: i64, gone: &mut bool) -> Tree {
    let mut n = t?;
    match key.cmp(&n.key) {
        Ordering::Less => n.left = remove(n.left.take(), key, gone),
        Ordering::Greater => n.right = remove(n.right.take(), key, gone),
        Ordering::Equal => {
            *gone = true;
            match (n.left.take(), n.right.take()) {
                (None, r) => return r,
                (l, None) => return l,
                (l, Some(r)) => {
                    let (succ, rest) = take_min(r);
                    n.key = succ;
                    n.left = l;
                    n.right = rest;
                }
            }
        }
    }
    Some(balance(n))
}

/// In-order walk of the keys in `[lo, hi]`, skipping subtrees that cannot hold any.
fn walk(t: &Tree, lo: i64, hi: i64, visit: &mut impl FnMut(i64)) {
    if let Some(n) = t {
        if lo < n.key {
            walk(&n.left, lo, hi, visit);
        }
        if lo <= n.key && n.key <= hi {
            visit(n.key);
        }
        if n.key < hi {
            walk(&n.right, lo, hi, visit);
        }
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Tree,
    size: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { root: None, size: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut added = false;
        self.root = Some(insert(self.root.take(), key, &mut added));
        self.size += added as usize;
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut gone = false;
        self.root = remove(self.root.take(), key, &mut gone);
        self.size -= gone as usize;
        gone
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut cur = &self.root;
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) {
                Ordering::Less => &n.left,
                Ordering::Greater => &n.right,
                Ordering::Equal => return true,
            };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut count = 0;
        if lo <= hi {
            walk(&self.root, lo, hi, &mut |_| count += 1);
        }
        count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            walk(&self.root, lo, hi, &mut |k| out.push(k));
        }
        out
    }
}
