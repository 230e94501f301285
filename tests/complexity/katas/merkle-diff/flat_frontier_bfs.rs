// learner: optimal
// idiom: one flat Vec of all digests with per-level offsets, diff as level-by-level frontier (one "round trip" per level), ranges merged at the end
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    /// All digests, leaves first, then each level above.
    flat: Vec<H::Digest>,
    /// (start in `flat`, width) of every level, bottom up.
    shape: Vec<(usize, usize)>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut flat = Vec::with_capacity(2 * blocks.len());
        for block in blocks {
            flat.push(H::leaf(block));
        }
        let mut shape = vec![(0, blocks.len())];
        let (mut start, mut width) = (0, blocks.len());
        while width > 1 {
            let next_start = flat.len();
            for i in (0..width).step_by(2) {
                let d = if i + 1 < width {
                    H::node(flat[start + i], flat[start + i + 1])
                } else {
                    flat[start + i]
                };
                flat.push(d);
            }
            start = next_start;
            width = (width + 1) / 2;
            shape.push((start, width));
        }
        MerkleTree { flat, shape }
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.flat[self.shape[level].0 + i]
    }

    pub fn len(&self) -> usize {
        self.shape[0].1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            None
        } else {
            Some(*self.flat.last().unwrap())
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length mismatch: {} blocks vs {}", self.len(), other.len());
        }
        if self.is_empty() {
            return Vec::new();
        }
        let top = self.shape.len() - 1;
        let mut frontier: Vec<usize> = if self.at(top, 0) == other.at(top, 0) { vec![] } else { vec![0] };
        for level in (0..top).rev() {
            let width = self.shape[level].1;
            let mut below = Vec::with_capacity(2 * frontier.len());
            for &parent in &frontier {
                for child in [2 * parent, 2 * parent + 1] {
                    if child < width && self.at(level, child) != other.at(level, child) {
                        below.push(child);
                    }
                }
            }
            frontier = below;
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for leaf in frontier {
            if let Some(last) = ranges.last_mut() {
                if last.end == leaf {
                    last.end += 1;
                    continue;
                }
            }
            ranges.push(leaf..leaf + 1);
        }
        ranges
    }
}
