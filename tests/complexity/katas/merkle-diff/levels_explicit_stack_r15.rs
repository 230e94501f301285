// learner: optimal
// idiom: Crystal-style levels Vec<Vec<Digest>>, explicit stack of (level, index) walked in lockstep, ranges merged as they come
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
    levels: Vec<Vec<H::Digest>>,
    count: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        levels.push(leaves);
        while levels.last().map_or(false, |l| l.len() > 1) {
            let below = levels.last().unwrap();
            let mut above = Vec::with_capacity((below.len() + 1) / 2);
            let mut i = 0;
            while i < below.len() {
                if i + 1 < below.len() {
                    above.push(H::node(below[i], below[i + 1]));
                } else {
                    above.push(below[i]);
                }
                i += 2;
            }
            levels.push(above);
        }
        MerkleTree { levels, count: blocks.len() }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.count, other.count, "trees differ in length");
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.count == 0 {
            return ranges;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((level, index)) = stack.pop() {
            if self.levels[level][index] == other.levels[level][index] {
                continue;
            }
            if level == 0 {
                Self::add_index(&mut ranges, index);
                continue;
            }
            let left = 2 * index;
            let right = left + 1;
            if right < self.levels[level - 1].len() {
                stack.push((level - 1, right));
            }
            stack.push((level - 1, left));
        }
        ranges
    }

    fn add_index(ranges: &mut Vec<Range<usize>>, index: usize) {
        match ranges.last_mut() {
            Some(last) if last.end == index => last.end += 1,
            _ => ranges.push(index..index + 1),
        }
    }
}
