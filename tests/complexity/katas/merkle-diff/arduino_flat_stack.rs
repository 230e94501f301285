// learner: optimal
// idiom: Arduino hobbyist: all digests in one flat array with a table of level start offsets, diff driven by a hand-managed stack of (level, index) pairs, right child pushed first
// why:
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

/// A Merkle tree stored flat: level 0 (leaves) first, then each level above.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    start: Vec<usize>, // start[l] = offset of level l in nodes
    count: Vec<usize>, // count[l] = nodes on level l
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes = Vec::with_capacity(2 * n + 64);
        let mut start = Vec::new();
        let mut count = Vec::new();
        for b in blocks {
            nodes.push(H::leaf(b));
        }
        start.push(0);
        count.push(n);
        let mut lvl = 0;
        while count[lvl] > 1 {
            let s = start[lvl];
            let c = count[lvl];
            let new_start = nodes.len();
            let mut i = 0;
            while i + 1 < c {
                let d = H::node(nodes[s + i], nodes[s + i + 1]);
                nodes.push(d);
                i += 2;
            }
            if c % 2 == 1 {
                let carry = nodes[s + c - 1];
                nodes.push(carry);
            }
            start.push(new_start);
            count.push((c + 1) / 2);
            lvl += 1;
        }
        MerkleTree { nodes, start, count }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.count[0]
    }

    pub fn is_empty(&self) -> bool {
        self.count[0] == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        if self.count[0] == 0 {
            return None;
        }
        let top = self.start.len() - 1;
        Some(self.nodes[self.start[top]])
    }

    fn at(&self, lvl: usize, i: usize) -> H::Digest {
        self.nodes[self.start[lvl] + i]
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("diff: length mismatch ({} vs {} blocks)", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.len() == 0 {
            return out;
        }
        let top = self.start.len() - 1;
        if self.at(top, 0) == other.at(top, 0) {
            return out;
        }
        // stack of nodes that are known to differ
        let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((lvl, i)) = stack.pop() {
            if lvl == 0 {
                let mut merged = false;
                if let Some(last) = out.last_mut() {
                    if last.end == i {
                        last.end = i + 1;
                        merged = true;
                    }
                }
                if !merged {
                    out.push(i..i + 1);
                }
                continue;
            }
            let left = 2 * i;
            let right = 2 * i + 1;
            if right >= self.count[lvl - 1] {
                stack.push((lvl - 1, left)); // carried node, same digest as parent
                continue;
            }
            // right first so the left one is popped first (keeps output in order)
            if self.at(lvl - 1, right) != other.at(lvl - 1, right) {
                stack.push((lvl - 1, right));
            }
            if self.at(lvl - 1, left) != other.at(lvl - 1, left) {
                stack.push((lvl - 1, left));
            }
        }
        out
    }
}
