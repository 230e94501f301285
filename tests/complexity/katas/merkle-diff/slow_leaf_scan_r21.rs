// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): it compares every pair of leaf digests instead of descending from the root
//! A Merkle tree over a list of blocks, and a diff.

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

/// A Merkle tree stored level by level; `levels[0]` holds the leaf digests.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = Vec::new();
        let mut level: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        while level.len() > 1 {
            let mut parent = Vec::with_capacity(level.len() / 2 + 1);
            for pair in level.chunks(2) {
                parent.push(match pair {
                    [l, r] => H::node(*l, *r),
                    [single] => *single,
                    _ => unreachable!(),
                });
            }
            levels.push(level);
            level = parent;
        }
        if !level.is_empty() {
            levels.push(level);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    /// Whether there are no blocks.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    /// The differing block ranges. If the roots agree there is nothing to do;
    /// otherwise the leaves are compared one by one.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length");
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.root() == other.root() {
            return ranges;
        }
        let mine = &self.levels[0];
        let theirs = &other.levels[0];
        for i in 0..mine.len() {
            if mine[i] != theirs[i] {
                if let Some(last) = ranges.last_mut() {
                    if last.end == i {
                        last.end = i + 1;
                        continue;
                    }
                }
                ranges.push(i..i + 1);
            }
        }
        ranges
    }
}
