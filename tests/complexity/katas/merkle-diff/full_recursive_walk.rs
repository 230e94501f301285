// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): recursive descent visits both children of every node and only compares at the leaves, never pruning equal subtrees
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
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = vec![blocks.iter().map(|b| H::leaf(b)).collect()];
        while levels[levels.len() - 1].len() > 1 {
            let below = &levels[levels.len() - 1];
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|c| if c.len() == 2 { H::node(c[0], c[1]) } else { c[0] })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first()).copied()
    }

    fn walk(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if i >= self.levels[level].len() {
            return;
        }
        if level == 0 {
            if self.levels[0][i] != other.levels[0][i] {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end += 1,
                    _ => out.push(i..i + 1),
                }
            }
            return;
        }
        // go left then right so the ranges come out sorted
        self.walk(other, level - 1, 2 * i, out);
        self.walk(other, level - 1, 2 * i + 1, out);
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "trees must have the same length");
        let mut out = Vec::new();
        if !self.is_empty() {
            self.walk(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
}
