// learner: slow
// why: MerkleTree::diff is O(n) digest comparisons, target O(d log n): COMPARE-LEAVES walks every leaf index with a while loop, the tree above is never used
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
    leaves: Vec<H::Digest>,
    top: Option<H::Digest>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut leaves = Vec::new();
        let mut i = 0;
        while i < blocks.len() {
            leaves.push(H::leaf(blocks[i]));
            i += 1;
        }
        let mut level = leaves.clone();
        while level.len() > 1 {
            let mut above = Vec::new();
            let mut j = 0;
            while j < level.len() {
                if j + 1 < level.len() {
                    above.push(H::node(level[j], level[j + 1]));
                } else {
                    above.push(level[j]);
                }
                j += 2;
            }
            level = above;
        }
        let top = level.first().copied();
        MerkleTree { leaves, top, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.leaves.len()
    }

    pub fn is_empty(&self) -> bool {
        self.leaves.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.top
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length differs: {} vs {}", self.len(), other.len());
        }
        let mut r: Vec<Range<usize>> = Vec::new();
        if self.top == other.top {
            return r;
        }
        // COMPARE-LEAVES
        let mut i = 0;
        while i < self.len() {
            if self.leaves[i] != other.leaves[i] {
                let start = i;
                while i < self.len() && self.leaves[i] != other.leaves[i] {
                    i += 1;
                }
                r.push(start..i);
            } else {
                i += 1;
            }
        }
        r
    }
}
