// learner: slow
// why: MerkleTree::build is O(n^2) time, target O(n): pairs each level by remove(0) from the front of a Vec used as a queue
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Pops two nodes off the front of the level, pushes their parent.
    fn next_level(mut queue: Vec<H::Digest>) -> Vec<H::Digest> {
        let mut parents = Vec::new();
        while !queue.is_empty() {
            let left = queue.remove(0);
            if queue.is_empty() {
                parents.push(left);
            } else {
                let right = queue.remove(0);
                parents.push(H::node(left, right));
            }
        }
        parents
    }

    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while levels[levels.len() - 1].len() > 1 {
            let parents = Self::next_level(levels[levels.len() - 1].clone());
            levels.push(parents);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels[self.levels.len() - 1].first().copied()
    }

    fn walk(&self, other: &Self, level: usize, index: usize, out: &mut Vec<Range<usize>>) {
        if self.levels[level][index] == other.levels[level][index] {
            return;
        }
        if level == 0 {
            if out.last().map_or(false, |r| r.end == index) {
                out.last_mut().unwrap().end += 1;
            } else {
                out.push(index..index + 1);
            }
            return;
        }
        let left = index * 2;
        self.walk(other, level - 1, left, out);
        if left + 1 < self.levels[level - 1].len() {
            self.walk(other, level - 1, left + 1, out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "length mismatch");
        let mut out = Vec::new();
        if !self.is_empty() {
            self.walk(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
}
