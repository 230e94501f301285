// learner: optimal
// idiom: hand-rolled treap in an arena (nodes: Vec<Node>, free list, usize links), recursive split/merge, explicit-stack in-order walk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

const NIL: usize = usize::MAX;

#[derive(Debug, Clone)]
struct Node {
    start: u64,
    end: u64,
    prio: u64,
    left: usize,
    right: usize,
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: usize,
    total: u64,
    seed: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, nodes: Vec::new(), free: Vec::new(), root: NIL, total: 0, seed: 0x2545_F491_4F6C_DD1D }
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

    fn alloc(&mut self, start: u64, end: u64) -> usize {
        let prio = self.next_prio();
        let node = Node { start, end, prio, left: NIL, right: NIL };
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

    /// Splits `t` into (starts < key, starts >= key).
    fn split(&mut self, t: usize, key: u64) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.nodes[t].start < key {
            let (l, r) = self.split(self.nodes[t].right, key);
            self.nodes[t].right = l;
            (t, r)
        } else {
            let (l, r) = self.split(self.nodes[t].left, key);
            self.nodes[t].left = r;
            (l, t)
        }
    }

    /// Joins two treaps where every start in `a` is below every start in `b`.
    fn merge(&mut self, a: usize, b: usize) -> usize {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.nodes[a].prio > self.nodes[b].prio {
            let r = self.merge(self.nodes[a].right, b);
            self.nodes[a].right = r;
            a
        } else {
            let l = self.merge(a, self.nodes[b].left);
            self.nodes[b].left = l;
            b
        }
    }

    fn rightmost(&self, mut t: usize) -> usize {
        if t == NIL {
            return NIL;
        }
        while self.nodes[t].right != NIL {
            t = self.nodes[t].right;
        }
        t
    }

    /// Frees every node of `t`; returns (bytes covered, largest end).
    fn swallow(&mut self, t: usize) -> (u64, u64) {
        if t == NIL {
            return (0, 0);
        }
        let (lb, le) = self.swallow(self.nodes[t].left);
        let (rb, re) = self.swallow(self.nodes[t].right);
        let n = &self.nodes[t];
        let bytes = lb + rb + (n.end - n.start);
        let end = le.max(re).max(n.end);
        self.free.push(t);
        (bytes, end)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi) = (offset, end);
        let mut old_bytes = 0u64;

        let (mut left, rest) = self.split(self.root, offset);
        let last = self.rightmost(left);
        if last != NIL && self.nodes[last].end >= offset {
            let (s, e) = (self.nodes[last].start, self.nodes[last].end);
            let (l2, single) = self.split(left, s);
            left = l2;
            let (b, _) = self.swallow(single);
            old_bytes += b;
            lo = s;
            hi = hi.max(e);
        }
        // every start in [offset, hi] overlaps or touches the chunk
        let (middle, right) = if hi == u64::MAX { (rest, NIL) } else { self.split(rest, hi + 1) };
        let (b, e) = self.swallow(middle);
        old_bytes += b;
        hi = hi.max(e);

        let fresh = self.alloc(lo, hi);
        let t = self.merge(left, fresh);
        self.root = self.merge(t, right);

        let added = (hi - lo) - old_bytes;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        let mut cur = self.root;
        let mut at = 0u64;
        while cur != NIL || !stack.is_empty() {
            while cur != NIL {
                stack.push(cur);
                cur = self.nodes[cur].left;
            }
            let t = stack.pop().unwrap();
            let n = &self.nodes[t];
            if n.start > at {
                gaps.push(at..n.start);
            }
            at = n.end;
            cur = n.right;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
