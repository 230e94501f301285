// learner: slow
// idiom: Mojo: keep the tree for the root, but diff as one straight vectorisable sweep over the two flat leaf arrays
// why: compares all n leaf digests whatever d is: O(n) comparisons where O(d log n) is the target (O(log n) for a few differences)

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
        let mut cur = leaves.clone();
        while cur.len() > 1 {
            let mut up = Vec::with_capacity((cur.len() + 1) / 2);
            let mut i = 0;
            while i < cur.len() {
                if i + 1 < cur.len() {
                    up.push(H::node(cur[i], cur[i + 1]));
                } else {
                    up.push(cur[i]);
                }
                i += 2;
            }
            cur = up;
        }
        let root = cur.first().copied();
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

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.leaves.len() == other.leaves.len(), "length mismatch");
        let mut out: Vec<Range<usize>> = Vec::new();
        let n = self.leaves.len();
        let mut i = 0;
        while i < n {
            if self.leaves[i] != other.leaves[i] {
                let start = i;
                while i < n && self.leaves[i] != other.leaves[i] {
                    i += 1;
                }
                out.push(start..i);
            } else {
                i += 1;
            }
        }
        out
    }
}
