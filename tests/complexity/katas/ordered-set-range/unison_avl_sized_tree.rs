// learner: optimal
// idiom: Unison: an immutable-style AVL tree — `insert : Tree -> Int -> (Tree, Boolean)` takes the tree by value and hands back the rebuilt one; nodes carry subtree sizes so range_count is two rank descents
//! An ordered set with range queries.

use std::cmp::Ordering;

type Tree = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    height: i32,
    size: usize,
    left: Tree,
    right: Tree,
}

fn height(t: &Tree) -> i32 {
    t.as_ref().map_or(0, |n| n.height)
}

fn size(t: &Tree) -> usize {
    t.as_ref().map_or(0, |n| n.size)
}

fn leaf(key: i64) -> Box<Node> {
    Box::new(Node { key, height: 1, size: 1, left: None, right: None })
}

fn refresh(n: &mut Node) {
    n.height = 1 + height(&n.left).max(height(&n.right));
    n.size = 1 + size(&n.left) + size(&n.right);
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

fn balance(mut n: Box<Node>) -> Box<Node> {
    refresh(&mut n);
    let bf = height(&n.left) - height(&n.right);
    if bf > 1 {
        let l = n.left.take().unwrap();
        n.left = Some(if height(&l.left) < height(&l.right) { rotate_left(l) } else { l });
        rotate_right(n)
    } else if bf < -1 {
        let r = n.right.take().unwrap();
        n.right = Some(if height(&r.right) < height(&r.left) { rotate_right(r) } else { r });
        rotate_left(n)
    } else {
        n
    }
}

fn insert(t: Tree, key: i64) -> (Tree, bool) {
    match t {
        None => (Some(leaf(key)), true),
        Some(mut n) => match key.cmp(&n.key) {
            Ordering::Equal => (Some(n), false),
            Ordering::Less => {
                let (l, added) = insert(n.left.take(), key);
                n.left = l;
                (Some(balance(n)), added)
            }
            Ordering::Greater => {
                let (r, added) = insert(n.right.take(), key);
                n.right = r;
                (Some(balance(n)), added)
            }
        },
    }
}

/// Takes the smallest key out of a non-empty tree.
fn pop_min(mut n: Box<Node>) -> (Tree, i64) {
    match n.left.take() {
        None => (n.right.take(), n.key),
        Some(l) => {
            let (l, k) = pop_min(l);
            n.left = l;
            (Some(balance(n)), k)
        }
    }
}

fn remove(t: Tree, key: i64) -> (Tree, bool) {
    match t {
        None => (None, false),
        Some(mut n) => match key.cmp(&n.key) {
            Ordering::Less => {
                let (l, gone) = remove(n.left.take(), key);
                n.left = l;
                (Some(balance(n)), gone)
            }
            Ordering::Greater => {
                let (r, gone) = remove(n.right.take(), key);
                n.right = r;
                (Some(balance(n)), gone)
            }
            Ordering::Equal => match (n.left.take(), n.right.take()) {
                (None, only) | (only, None) => (only, true),
                (l, Some(r)) => {
                    let (r, successor) = pop_min(r);
                    n.key = successor;
                    n.left = l;
                    n.right = r;
                    (Some(balance(n)), true)
                }
            },
        },
    }
}

/// How many keys are < key (strict) or <= key (not strict). O(log n).
fn rank(t: &Tree, key: i64, inclusive: bool) -> usize {
    let mut acc = 0;
    let mut cur = t;
    while let Some(n) = cur {
        let goes_left_of = if inclusive { n.key <= key } else { n.key < key };
        if goes_left_of {
            acc += size(&n.left) + 1;
            cur = &n.right;
        } else {
            cur = &n.left;
        }
    }
    acc
}

fn collect(t: &Tree, lo: i64, hi: i64, out: &mut Vec<i64>) {
    if let Some(n) = t {
        if lo < n.key {
            collect(&n.left, lo, hi, out);
        }
        if lo <= n.key && n.key <= hi {
            out.push(n.key);
        }
        if n.key < hi {
            collect(&n.right, lo, hi, out);
        }
    }
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Tree,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { root: None }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        let (t, added) = insert(self.root.take(), key);
        self.root = t;
        added
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        let (t, gone) = remove(self.root.take(), key);
        self.root = t;
        gone
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        let mut cur = &self.root;
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) {
                Ordering::Equal => return true,
                Ordering::Less => &n.left,
                Ordering::Greater => &n.right,
            };
        }
        false
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        size(&self.root)
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            0
        } else {
            rank(&self.root, hi, true) - rank(&self.root, lo, false)
        }
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            collect(&self.root, lo, hi, &mut out);
        }
        out
    }
}
