// learner: optimal
// idiom: TA textbook style: one flat digest array with per-level offsets, recursive descent (depth is log n) through a documented private helper, asserts on the shape
//! A Merkle tree over a list of blocks, and a diff that compares as few
//! digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

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

/// A Merkle tree stored as one flat array: level 0 (the leaves) first, then
/// each level above it. `offsets[k]` is where level `k` starts and
/// `widths[k]` how many nodes it has.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    digests: Vec<H::Digest>,
    offsets: Vec<usize>,
    widths: Vec<usize>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut digests: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut offsets = Vec::new();
        let mut widths = Vec::new();
        if !digests.is_empty() {
            offsets.push(0);
            widths.push(digests.len());
        }
        while let Some(&width) = widths.last() {
            if width <= 1 {
                break;
            }
            let start = *offsets.last().unwrap();
            let next_start = digests.len();
            for pair in (0..width).step_by(2) {
                let left = digests[start + pair];
                let parent = if pair + 1 < width {
                    H::node(left, digests[start + pair + 1])
                } else {
                    left // an odd last node is carried up unchanged
                };
                digests.push(parent);
            }
            offsets.push(next_start);
            widths.push(digests.len() - next_start);
        }
        assert!(widths.last().map_or(true, |&w| w == 1), "the top level is the root");
        MerkleTree { digests, offsets, widths, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.widths.first().copied().unwrap_or(0)
    }

    /// Whether the tree has no blocks.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; `None` for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.offsets.last().map(|&start| self.digests[start])
    }

    /// The digest of node `index` on `level`.
    fn at(&self, level: usize, index: usize) -> H::Digest {
        debug_assert!(index < self.widths[level]);
        self.digests[self.offsets[level] + index]
    }

    /// The differing block ranges, increasing and maximal.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length cannot be diffed");
        let mut ranges = Vec::new();
        if let Some(top) = self.widths.len().checked_sub(1) {
            self.descend(other, top, 0, &mut ranges);
        }
        ranges
    }

    /// Compares node `index` of `level` in both trees; if it differs, looks
    /// at its children, left first, so leaves are found in increasing order.
    fn descend(&self, other: &Self, level: usize, index: usize, ranges: &mut Vec<Range<usize>>) {
        if self.at(level, index) == other.at(level, index) {
            return;
        }
        if level == 0 {
            match ranges.last_mut() {
                Some(last) if last.end == index => last.end += 1,
                _ => ranges.push(index..index + 1),
            }
            return;
        }
        let left = 2 * index;
        self.descend(other, level - 1, left, ranges);
        if left + 1 < self.widths[level - 1] {
            self.descend(other, level - 1, left + 1, ranges);
        }
    }
}
