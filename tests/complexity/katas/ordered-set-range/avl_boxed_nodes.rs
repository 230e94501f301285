// learner: optimal
// idiom: TypeScript/Node backend developer: a classic AVL tree with Option<Box<Node>> children (like `left: Node | null`), height-balanced rotations in helper fns, iterative in-order walk with an explicit stack for ranges
// why:
//! An ordered set with range queries: see README.md.

use std::cmp::Ordering;

type Link = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    height: i32,
    left: Link,
    right: Link,
}

fn heightOf(link: &Link) -> i32 {
    link.as_ref().map_or(0, |n| n.height)
}

fn updateHeight(node: &mut Box<Node>) {
    node.height = 1 + heightOf(&node.left).max(heightOf(&node.right));
}

fn rotateRight(mut node: Box<Node>) -> Box<Node> {
    let mut newRoot = node.left.take().expect("rotateRight needs a left child");
    node.left = newRoot.right.take();
    updateHeight(&mut node);
    newRoot.right = Some(node);
    updateHeight(&mut newRoot);
    newRoot
}

fn rotateLeft(mut node: Box<Node>) -> Box<Node> {
    let mut newRoot = node.right.take().expect("rotateLeft needs a right child");
    node.right = newRoot.left.take();
    updateHeight(&mut node);
    newRoot.left = Some(node);
    updateHeight(&mut newRoot);
    newRoot
}

fn rebalance(mut node: Box<Node>) -> Box<Node> {
    updateHeight(&mut node);
    let balance = heightOf(&node.left) - heightOf(&node.right);
    if balance > 1 {
        let left = node.left.take().unwrap();
        node.left = Some(if heightOf(&left.left) < heightOf(&left.right) { rotateLeft(left) } else { left });
        return rotateRight(node);
    }
    if balance < -1 {
        let right = node.right.take().unwrap();
        node.right = Some(if heightOf(&right.right) < heightOf(&right.left) { rotateRight(right) } else { right });
        return rotateLeft(node);
    }
    node
}

fn insertInto(link: Link, key: i64, inserted: &mut bool) -> Box<Node> {
    let Some(mut node) = link else {
        *inserted = true;
        return Box::new(Node { key, height: 1, left: None, right: None });
    };
    match key.cmp(&node.key) {
        Ordering::Less => node.left = Some(insertInto(node.left.take(), key, inserted)),
        Ordering::Greater => node.right = Some(insertInto(node.right.take(), key, inserted)),
        Ordering::Equal => return node,
    }
    rebalance(node)
}

/// Removes the smallest node of the subtree; returns (rest, minKey).
fn popMin(mut node: Box<Node>) -> (Link, i64) {
    match node.left.take() {
        None => (node.right.take(), node.key),
        Some(left) => {
            let (rest, minKey) = popMin(left);
            node.left = rest;
            (Some(rebalance(node)), minKey)
        }
    }
}

fn removeFrom(link: Link, key: i64, removed: &mut bool) -> Link {
    let mut node = link?;
    match key.cmp(&node.key) {
        Ordering::Less => node.left = removeFrom(node.left.take(), key, removed),
        Ordering::Greater => node.right = removeFrom(node.right.take(), key, removed),
        Ordering::Equal => {
            *removed = true;
            match (node.left.take(), node.right.take()) {
                (None, right) => return right,
                (left, None) => return left,
                (left, Some(right)) => {
                    let (rest, successor) = popMin(right);
                    node.key = successor;
                    node.left = left;
                    node.right = rest;
                }
            }
        }
    }
    Some(rebalance(node))
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Link,
    size: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut inserted = false;
        self.root = Some(insertInto(self.root.take(), key, &mut inserted));
        if inserted {
            self.size += 1;
        }
        inserted
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut removed = false;
        self.root = removeFrom(self.root.take(), key, &mut removed);
        if removed {
            self.size -= 1;
        }
        removed
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut current = &self.root;
        while let Some(node) = current {
            current = match key.cmp(&node.key) {
                Ordering::Less => &node.left,
                Ordering::Greater => &node.right,
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

    /// In-order walk of the keys in [lo, hi], skipping subtrees outside the range.
    fn forEachInRange(&self, lo: i64, hi: i64, mut callback: impl FnMut(i64)) {
        if lo > hi {
            return;
        }
        let mut stack: Vec<&Node> = Vec::new();
        let mut current = self.root.as_deref();
        loop {
            while let Some(node) = current {
                if node.key >= lo {
                    stack.push(node);
                    current = node.left.as_deref();
                } else {
                    current = node.right.as_deref();
                }
            }
            let Some(node) = stack.pop() else { break };
            if node.key > hi {
                break;
            }
            callback(node.key);
            current = node.right.as_deref();
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut total = 0;
        self.forEachInRange(lo, hi, |_| total += 1);
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        self.forEachInRange(lo, hi, |k| keys.push(k));
        keys
    }
}
