// learner: optimal
// idiom: Smalltalk developer: a treap of Node objects (Option<Box<Node>>) where each node answers insert / remove / collect-range itself by recursion and rotations
//! An ordered set with range queries: see README.md.

type Link = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    priority: u64,
    left: Link,
    right: Link,
}

impl Node {
    fn leaf(key: i64, priority: u64) -> Box<Node> {
        Box::new(Node { key, priority, left: None, right: None })
    }

    fn rotate_right(mut self: Box<Node>) -> Box<Node> {
        let mut pivot = self.left.take().expect("rotate_right needs a left child");
        self.left = pivot.right.take();
        pivot.right = Some(self);
        pivot
    }

    fn rotate_left(mut self: Box<Node>) -> Box<Node> {
        let mut pivot = self.right.take().expect("rotate_left needs a right child");
        self.right = pivot.left.take();
        pivot.left = Some(self);
        pivot
    }

    fn insert(link: Link, key: i64, priority: u64, added: &mut bool) -> Box<Node> {
        let Some(mut node) = link else {
            *added = true;
            return Node::leaf(key, priority);
        };
        if key < node.key {
            node.left = Some(Node::insert(node.left.take(), key, priority, added));
            if node.left.as_ref().unwrap().priority > node.priority {
                node = node.rotate_right();
            }
        } else if key > node.key {
            node.right = Some(Node::insert(node.right.take(), key, priority, added));
            if node.right.as_ref().unwrap().priority > node.priority {
                node = node.rotate_left();
            }
        }
        node
    }

    fn remove(link: Link, key: i64, removed: &mut bool) -> Link {
        let mut node = link?;
        if key < node.key {
            node.left = Node::remove(node.left.take(), key, removed);
            Some(node)
        } else if key > node.key {
            node.right = Node::remove(node.right.take(), key, removed);
            Some(node)
        } else {
            *removed = true;
            Node::without_root(node)
        }
    }

    fn without_root(mut node: Box<Node>) -> Link {
        match (&node.left, &node.right) {
            (None, _) => node.right.take(),
            (_, None) => node.left.take(),
            (Some(l), Some(r)) => {
                if l.priority > r.priority {
                    let mut top = node.rotate_right();
                    top.right = Node::without_root(top.right.take().unwrap());
                    Some(top)
                } else {
                    let mut top = node.rotate_left();
                    top.left = Node::without_root(top.left.take().unwrap());
                    Some(top)
                }
            }
        }
    }

    fn visit_range(&self, lo: i64, hi: i64, visit: &mut impl FnMut(i64)) {
        if lo < self.key {
            if let Some(l) = &self.left {
                l.visit_range(lo, hi, visit);
            }
        }
        if lo <= self.key && self.key <= hi {
            visit(self.key);
        }
        if self.key < hi {
            if let Some(r) = &self.right {
                r.visit_range(lo, hi, visit);
            }
        }
    }
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Link,
    count: usize,
    dice: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { root: None, count: 0, dice: 0x9E37_79B9_7F4A_7C15 }
    }

    fn roll(&mut self) -> u64 {
        // splitmix64
        self.dice = self.dice.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.dice;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let priority = self.roll();
        let mut added = false;
        self.root = Some(Node::insert(self.root.take(), key, priority, &mut added));
        if added {
            self.count += 1;
        }
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut removed = false;
        self.root = Node::remove(self.root.take(), key, &mut removed);
        if removed {
            self.count -= 1;
        }
        removed
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut here = &self.root;
        while let Some(node) = here {
            if key == node.key {
                return true;
            }
            here = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut count = 0;
        if let Some(root) = &self.root {
            root.visit_range(lo, hi, &mut |_| count += 1);
        }
        count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        if let Some(root) = &self.root {
            root.visit_range(lo, hi, &mut |k| keys.push(k));
        }
        keys
    }
}
