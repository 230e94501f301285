// learner: optimal
// idiom: levels as Vec<Vec<Digest>>, recursive descent pruning equal subtrees, ranges merged while pushing
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

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = Vec::new();
        let mut level: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        while level.len() > 1 {
            let up: Vec<H::Digest> = level
                .chunks(2)
                .map(|pair| if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] })
                .collect();
            levels.push(level);
            level = up;
        }
        if !level.is_empty() {
            levels.push(level);
        }
        MerkleTree { levels }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    fn descend(&self, other: &Self, level: usize, idx: usize, out: &mut Vec<Range<usize>>) {
        if self.levels[level][idx] == other.levels[level][idx] {
            return;
        }
        if level == 0 {
            match out.last_mut() {
                Some(r) if r.end == idx => r.end = idx + 1,
                _ => out.push(idx..idx + 1),
            }
            return;
        }
        let below = &self.levels[level - 1];
        let left = 2 * idx;
        if left + 1 < below.len() {
            self.descend(other, level - 1, left, out);
            self.descend(other, level - 1, left + 1, out);
        } else {
            // carried up unchanged: same digest one level down
            self.descend(other, level - 1, left, out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length");
        let mut out = Vec::new();
        if self.levels.is_empty() {
            return out;
        }
        self.descend(other, self.levels.len() - 1, 0, &mut out);
        out
    }
}
