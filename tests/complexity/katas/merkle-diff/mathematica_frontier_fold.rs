// learner: optimal
// idiom: Mathematica / Wolfram Language user: breadth-first diff, the frontier of differing nodes rebuilt level by level with flat_map + filter (Select[children, unequal]), tree as Vec<Vec<_>> built with a While loop
// why: the frontier never holds more than d nodes per level and each kept node costs 2 comparisons below it: O(d log n) time, O(d) space; build O(n); root O(1)

use std::marker::PhantomData;
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
/// different first byte for leaves and nodes. (Provided.)
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

/// A Merkle tree: tiers[0] = leaves, last tier = [root].
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    tiers: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut tiers: Vec<Vec<H::Digest>> = Vec::new();
        let mut current: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        while current.len() > 1 {
            let next: Vec<H::Digest> = (0..current.len().div_ceil(2))
                .map(|j| match current.get(2 * j + 1) {
                    Some(&right) => H::node(current[2 * j], right),
                    None => current[2 * j],
                })
                .collect();
            tiers.push(std::mem::replace(&mut current, next));
        }
        if !current.is_empty() {
            tiers.push(current);
        }
        MerkleTree { tiers, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.tiers.first().map(|t| t.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.tiers.is_empty()
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.tiers.last().and_then(|t| t.first().copied())
    }

    /// The increasing, maximal ranges of block indices whose leaves differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length to be diffed");
        let depth = self.tiers.len();
        if depth == 0 {
            return Vec::new();
        }
        let differs = |level: usize, i: usize| self.tiers[level][i] != other.tiers[level][i];

        let top = depth - 1;
        let start: Vec<usize> = if differs(top, 0) { vec![0] } else { Vec::new() };
        // Fold over the levels from the top down; each step rebuilds the frontier one level lower.
        let leaves = (0..top).rev().fold(start, |frontier, level| {
            let width = self.tiers[level].len();
            frontier
                .into_iter()
                .flat_map(|i| [2 * i, 2 * i + 1])
                .filter(|&c| c < width && differs(level, c))
                .collect()
        });

        let mut ranges: Vec<Range<usize>> = Vec::new();
        for i in leaves {
            match ranges.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => ranges.push(i..i + 1),
            }
        }
        ranges
    }
}
