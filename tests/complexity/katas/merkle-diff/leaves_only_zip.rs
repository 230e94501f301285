// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): only the leaves and the root are kept, so after a root mismatch it compares every leaf pair
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
    root: Option<H::Digest>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut level = leaves.clone();
        while level.len() > 1 {
            level = level
                .chunks(2)
                .map(|c| if c.len() == 2 { H::node(c[0], c[1]) } else { c[0] })
                .collect();
        }
        let root = level.first().copied();
        MerkleTree { leaves, root, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.leaves.len()
    }

    pub fn is_empty(&self) -> bool {
        self.leaves.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.root
    }

    /// Roots first (cheap when equal), then leaf by leaf.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch");
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.root == other.root {
            return out;
        }
        for (i, (a, b)) in self.leaves.iter().zip(other.leaves.iter()).enumerate() {
            if a != b {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end += 1,
                    _ => out.push(i..i + 1),
                }
            }
        }
        out
    }
}
